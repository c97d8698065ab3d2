package dev.mcpee.internal.schema;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the properties JSON-B (Yasson 3, default visibility) binds for a record or a class.
 *
 * <p>Records: one property per component, in declaration order, named by {@code @JsonbProperty} on
 * the component (which Java copies to the field and accessor) or else the component name.
 *
 * <p>Classes, following the JSON-B default rules as Yasson applies them: a property exists for each
 * public non-static field and each public getter ({@code getX()}, or {@code isX()} returning
 * {@code boolean}/{@code Boolean}) or setter ({@code setX(v)}), including inherited ones; a private
 * field only counts through its accessors. Names are decapitalized like {@code java.beans}
 * ({@code getURL} gives {@code URL}). A {@code transient} field or {@code @JsonbTransient} on the
 * field drops the property; {@code @JsonbTransient} on the getter (setter) only makes it unreadable
 * (unwritable). Likewise {@code @JsonbProperty} on a field names both directions, on a getter only
 * what Yasson writes and on a setter only what it reads; differing names give two properties, one
 * {@code readOnly} and one {@code writeOnly}. Order: superclass properties first, each class's own sorted lexicographically by
 * JSON name, which is the order Yasson writes them in.
 */
final class JsonbProperties {

    private JsonbProperties() {
    }

    /** Returns the properties of a record class, in component order. */
    static List<BoundProperty> ofRecord(Class<?> record) {
        List<BoundProperty> result = new ArrayList<>();
        for (RecordComponent rc : record.getRecordComponents()) {
            Set<Annotation> annotations = new LinkedHashSet<>();
            Collections.addAll(annotations, rc.getDeclaredAnnotations());
            Collections.addAll(annotations, declaredField(record, rc.getName()).getDeclaredAnnotations());
            Collections.addAll(annotations, rc.getAccessor().getDeclaredAnnotations());
            if (has(annotations, JsonbTransient.class)) {
                continue;
            }
            result.add(new BoundProperty(jsonName(annotations, rc.getName()), rc.getGenericType(),
                    rc.getAnnotatedType(), annotations, true, true));
        }
        return result;
    }

    /** Returns the properties of a plain class, in the order Yasson writes them. */
    static List<BoundProperty> ofBean(Class<?> type) {
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.addFirst(c);
        }
        // Collected by Java property name; the class that first declares a member owns the property.
        Map<String, Members> members = new LinkedHashMap<>();
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    members.computeIfAbsent(f.getName(), n -> new Members(c)).field = f;
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                collectAccessor(members, c, m);
            }
        }
        List<BoundProperty> result = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            List<BoundProperty> own = new ArrayList<>();
            members.forEach((javaName, m) -> {
                if (m.owner == c) {
                    own.addAll(m.toProperties(javaName));
                }
            });
            own.sort(Comparator.comparing(BoundProperty::name));
            result.addAll(own);
        }
        return result;
    }

    private static void collectAccessor(Map<String, Members> members, Class<?> owner, Method m) {
        int mod = m.getModifiers();
        if (!Modifier.isPublic(mod) || Modifier.isStatic(mod) || m.isSynthetic() || m.isBridge()) {
            return;
        }
        String n = m.getName();
        int params = m.getParameterCount();
        Class<?> ret = m.getReturnType();
        if (params == 0 && n.startsWith("get") && n.length() > 3 && ret != void.class) {
            members.computeIfAbsent(decapitalize(n.substring(3)), k -> new Members(owner)).getter = m;
        } else if (params == 0 && n.startsWith("is") && n.length() > 2
                && (ret == boolean.class || ret == Boolean.class)) {
            members.computeIfAbsent(decapitalize(n.substring(2)), k -> new Members(owner)).getter = m;
        } else if (params == 1 && n.startsWith("set") && n.length() > 3) {
            members.computeIfAbsent(decapitalize(n.substring(3)), k -> new Members(owner)).setter = m;
        }
    }

    /** Same rule as {@code java.beans.Introspector.decapitalize}, which Yasson follows. */
    static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String jsonName(Set<Annotation> annotations, String javaName) {
        for (Annotation a : annotations) {
            if (a instanceof JsonbProperty p && !p.value().isEmpty()) {
                return p.value();
            }
        }
        return javaName;
    }

    private static boolean has(Set<Annotation> annotations, Class<? extends Annotation> type) {
        for (Annotation a : annotations) {
            if (a.annotationType() == type) {
                return true;
            }
        }
        return false;
    }

    private static Field declaredField(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("record " + type.getName() + " has no field " + name, e);
        }
    }

    /** The field and accessors found for one Java property name. */
    private static final class Members {
        private final Class<?> owner;
        private Field field;
        private Method getter;
        private Method setter;

        Members(Class<?> owner) {
            this.owner = owner;
        }

        /**
         * Returns the bound properties: none when JSON-B neither reads nor writes the property, two
         * when {@code @JsonbProperty} on the getter and setter give different names (Yasson then
         * writes one name and reads the other), otherwise one.
         */
        List<BoundProperty> toProperties(String javaName) {
            Set<Annotation> fieldAnnotations = new LinkedHashSet<>();
            if (field != null) {
                if (Modifier.isTransient(field.getModifiers())) {
                    return List.of();
                }
                Collections.addAll(fieldAnnotations, field.getDeclaredAnnotations());
                if (has(fieldAnnotations, JsonbTransient.class)) {
                    return List.of();
                }
            }
            boolean publicField = field != null && Modifier.isPublic(field.getModifiers());
            boolean readable = getter != null ? !getter.isAnnotationPresent(JsonbTransient.class) : publicField;
            boolean writable = setter != null ? !setter.isAnnotationPresent(JsonbTransient.class)
                    : publicField && !Modifier.isFinal(field.getModifiers());
            Set<Annotation> getterAnnotations = annotationsOf(getter);
            Set<Annotation> setterAnnotations = annotationsOf(setter);
            // An accessor's @JsonbProperty wins over the field's, and only for its own direction.
            String fieldName = jsonName(fieldAnnotations, javaName);
            String readName = jsonName(getterAnnotations, fieldName);
            String writeName = jsonName(setterAnnotations, fieldName);
            Set<Annotation> all = new LinkedHashSet<>(getterAnnotations);
            all.addAll(fieldAnnotations);
            all.addAll(setterAnnotations);
            all.removeIf(a -> a.annotationType() == JsonbTransient.class);
            BoundProperty read = readable ? readSide(readName, all, writable && readName.equals(writeName)) : null;
            if (read != null && read.writable()) {
                return List.of(read);
            }
            BoundProperty write = writable ? writeSide(writeName, all) : null;
            List<BoundProperty> result = new ArrayList<>(2);
            if (read != null) {
                result.add(read);
            }
            if (write != null) {
                result.add(write);
            }
            return result;
        }

        private BoundProperty readSide(String name, Set<Annotation> annotations, boolean alsoWritable) {
            if (getter != null) {
                return new BoundProperty(name, getter.getGenericReturnType(), getter.getAnnotatedReturnType(),
                        annotations, true, alsoWritable);
            }
            return new BoundProperty(name, field.getGenericType(), field.getAnnotatedType(), annotations, true,
                    alsoWritable);
        }

        private BoundProperty writeSide(String name, Set<Annotation> annotations) {
            if (setter != null) {
                return new BoundProperty(name, setter.getGenericParameterTypes()[0],
                        setter.getAnnotatedParameterTypes()[0], annotations, false, true);
            }
            return new BoundProperty(name, field.getGenericType(), field.getAnnotatedType(), annotations, false, true);
        }

        private static Set<Annotation> annotationsOf(Method accessor) {
            Set<Annotation> annotations = new LinkedHashSet<>();
            if (accessor != null) {
                Collections.addAll(annotations, accessor.getDeclaredAnnotations());
            }
            return annotations;
        }
    }
}
