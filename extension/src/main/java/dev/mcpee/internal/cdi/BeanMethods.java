package dev.mcpee.internal.cdi;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.lang.reflect.Parameter;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import dev.mcpee.internal.problem.Messages;
import dev.mcpee.internal.problem.Problems;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.Bean;

/**
 * What tool, prompt and resource methods have in common at deployment: the checks, the name, the call's
 * context parameter, the adapted handle.
 */
final class BeanMethods {

    private static final Pattern NAME = Pattern.compile(McpTool.NAME_PATTERN);
    private static final MethodType CALL_TYPE = MethodType.methodType(Object.class, Object.class, Object[].class);

    private BeanMethods() {
    }

    /**
     * Checks that a method can be called on its bean under a valid name.
     *
     * @param bean       the bean
     * @param method     the method
     * @param annotation {@code @McpTool} or {@code @McpPrompt}, for messages
     * @param noun       {@code tool} or {@code prompt}, for messages
     * @param name       the name clients will use
     * @param where      the method, described
     * @param problems   receives the problems
     */
    static void check(Bean<?> bean, Method method, String annotation, String noun, String name, String where,
                      Problems problems) {
        if (Modifier.isStatic(method.getModifiers())) {
            problems.add(Messages.staticMethod(annotation, where, noun));
        } else if (!Modifier.isPublic(method.getModifiers())) {
            problems.add(Messages.notPublic(annotation, where));
        }
        if (!NAME.matcher(name).matches()) {
            problems.add(Messages.invalidName(annotation, where, noun, name));
        }
        if (!bean.getTypes().contains(method.getDeclaringClass())) {
            problems.add(Messages.notABeanType(annotation, where, method.getDeclaringClass().getName(),
                    bean.getBeanClass().getName()));
        }
    }

    /**
     * The name a parameter goes by: its {@code @McpArg(name)}, else its compiled name.
     *
     * @param p the parameter
     * @return the name, or null when the class was compiled without {@code -parameters}
     */
    static String parameterName(AnnotatedParameter<?> p) {
        McpArg arg = p.getAnnotation(McpArg.class);
        Parameter parameter = p.getJavaParameter();
        return arg != null && !arg.name().isEmpty() ? arg.name()
                : parameter.isNamePresent() ? parameter.getName() : null;
    }

    /**
     * The name of an argument (of a tool or prompt), checked: known, not blank, not taken by another
     * parameter of the method.
     *
     * @param p          the parameter
     * @param annotation {@code @McpTool} or {@code @McpPrompt}, for messages
     * @param where      the method, described
     * @param taken      the names of the method's earlier arguments; receives this one
     * @param problems   receives a problem when the name is unusable
     * @return the name, or null after a problem
     */
    static String argumentName(AnnotatedParameter<?> p, String annotation, String where, Set<String> taken,
                               Problems problems) {
        String name = parameterName(p);
        String position = "parameter " + (p.getPosition() + 1) + " of " + annotation + " method " + where;
        if (name == null) {
            problems.add(Messages.parameterNameUnknown(position));
            return null;
        }
        if (name.isBlank()) {
            problems.add(Messages.blankArgumentName(position));
            return null;
        }
        if (!taken.add(name)) {
            problems.add(Messages.duplicateArgumentName(annotation, where, name));
            return null;
        }
        return name;
    }

    /**
     * The position of the method's {@link McpContext} parameter, which the invoker fills with the call's
     * context instead of binding it from the request.
     *
     * @param am         the method
     * @param annotation {@code @McpTool}, {@code @McpPrompt} or {@code @McpResource}, for messages
     * @param where      the method, described
     * @param problems   receives a problem when the method takes the context twice
     * @return the position, or -1 when the method takes no context
     */
    static int contextParameter(AnnotatedMethod<?> am, String annotation, String where, Problems problems) {
        int index = -1;
        for (AnnotatedParameter<?> p : am.getParameters()) {
            if (p.getBaseType() != McpContext.class) {
                continue;
            }
            if (index >= 0) {
                problems.add(Messages.contextTwice(annotation, where, index + 1, p.getPosition() + 1));
            } else {
                index = p.getPosition();
            }
        }
        return index;
    }

    /**
     * The method adapted to {@code (Object instance, Object[] arguments)Object}, so a call only fills an array.
     *
     * @param method the method
     * @return the handle
     */
    static MethodHandle adapt(Method method) {
        try {
            // setAccessible lets a public method of a package-private bean class be called as well.
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method)
                    .asSpreader(Object[].class, method.getParameterCount())
                    .asType(CALL_TYPE);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("Cannot access " + describe(method), e);
        }
    }

    /**
     * The method as messages name it: {@code com.example.PetTools#rename(long, String)}.
     *
     * @param method the method
     * @return the description
     */
    static String describe(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ")) + ")";
    }
}
