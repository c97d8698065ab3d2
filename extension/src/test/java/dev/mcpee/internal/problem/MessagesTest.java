package dev.mcpee.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Every factory of the message classes, called by reflection, so that a new one is checked without being listed
 * here: one id per factory, unique, in its class's documented range, and a text of the documented form.
 */
class MessagesTest {

    private static final Pattern ID = Pattern.compile("MCPEE\\d{3}");

    /** The documented range of each class (see the class javadoc of Messages and ConfigMessages). */
    private static final Map<Class<?>, int[]> RANGES = Map.of(
            Messages.class, new int[] {1, 99},
            SignatureMessages.class, new int[] {1, 99},
            ConfigMessages.class, new int[] {101, 119});

    @Test
    void everyFactoryHasItsOwnIdInItsRangeAndATextOfTheDocumentedForm() throws Exception {
        Map<String, String> owners = new LinkedHashMap<>();
        int factories = 0;
        for (Map.Entry<Class<?>, int[]> area : RANGES.entrySet()) {
            for (Method m : area.getKey().getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isStatic(m.getModifiers())
                        || m.getReturnType() != Problem.class) {
                    continue;
                }
                factories++;
                String name = area.getKey().getSimpleName() + "." + m.getName();
                String id = null;
                for (Object[] args : arguments(m)) {
                    Problem p = (Problem) m.invoke(null, args);
                    check(name, p);
                    if (id == null) {
                        id = p.id();
                    }
                    assertEquals(id, p.id(), name + ": every variant of a factory has its one id");
                }
                int number = Integer.parseInt(id.substring(5));
                assertTrue(number >= area.getValue()[0] && number <= area.getValue()[1],
                        name + ": " + id + " is outside the range of " + area.getKey().getSimpleName());
                String other = owners.putIfAbsent(id, name);
                if (other != null) {
                    fail(id + " is used by both " + other + " and " + name);
                }
            }
        }
        assertEquals(factories, owners.size());
        // Ids are never dropped: every one that shipped still has its factory.
        Set<String> shipped = new TreeSet<>();
        IntStream.rangeClosed(1, 34).forEach(i -> shipped.add(String.format("MCPEE%03d", i)));
        IntStream.rangeClosed(101, 119).forEach(i -> shipped.add("MCPEE" + i));
        assertTrue(owners.keySet().containsAll(shipped), () -> "missing: " + missing(shipped, owners.keySet()));
    }

    private static void check(String name, Problem p) {
        assertTrue(ID.matcher(p.id()).matches(), name + ": id " + p.id());
        assertFalse(p.where() == null || p.where().isBlank(), name + ": where");
        assertFalse(p.message() == null || p.message().isBlank(), name + ": message");
        assertFalse(p.fix() == null || p.fix().isBlank(), name + ": fix");
        // The fix is added by toString(); a text that still carried its own would show it twice.
        assertFalse(p.message().contains("Fix:") || p.fix().contains("Fix:"), name + ": a second Fix: " + p);
        assertTrue(p.message().endsWith(".") && p.fix().endsWith("."), name + ": whole sentences: " + p);
        assertEquals(p.id() + ": " + p.message() + " Fix: " + p.fix(), p.toString(), name);
    }

    /** Placeholder arguments: every combination of the boolean ones, so that each variant of a text is seen. */
    private static List<Object[]> arguments(Method m) {
        List<Object[]> out = new ArrayList<>();
        out.add(new Object[m.getParameterCount()]);
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            List<Object[]> next = new ArrayList<>();
            for (Object[] args : out) {
                for (Object value : placeholders(m, types[i])) {
                    Object[] copy = args.clone();
                    copy[i] = value;
                    next.add(copy);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<Object> placeholders(Method m, Class<?> type) {
        if (type == String.class) {
            return List.of("x");
        }
        if (type == int.class) {
            return List.of(1);
        }
        if (type == boolean.class) {
            return List.of(true, false);
        }
        if (type == Duration.class) {
            return List.of(Duration.ofSeconds(1));
        }
        if (type == List.class) {
            return List.of(List.of("x", "y"));
        }
        fail(m + ": no placeholder for " + type + "; add one here");
        return List.of();
    }

    private static Set<String> missing(Set<String> expected, Set<String> actual) {
        Set<String> out = new TreeSet<>(expected);
        out.removeAll(actual);
        return out;
    }
}
