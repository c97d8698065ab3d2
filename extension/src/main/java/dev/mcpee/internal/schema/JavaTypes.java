package dev.mcpee.internal.schema;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Small reflection helpers for walking generic types; used at deployment time only. */
final class JavaTypes {

    private JavaTypes() {
    }

    /** Follows type variables through the site's bindings; an unbound variable is returned as is. */
    static Type resolveVariable(Type type, TypeSite site) {
        Type t = type;
        while (t instanceof TypeVariable<?> v && site.bindings().containsKey(v)) {
            t = site.bindings().get(v);
        }
        return t;
    }

    /** Returns the class of a class or parameterized type; throws for variables and wildcards. */
    static Class<?> rawClass(Type type, TypeSite site) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof TypeVariable<?>) {
            throw site.unsupported(type, "declare a concrete type instead of a type variable");
        }
        throw site.unsupported(type, "declare a concrete type argument instead of a wildcard");
    }

    /** Returns the resolved type argument at {@code index} of a parameterized type. */
    static Type typeArgument(Type type, int index, TypeSite site) {
        return resolveVariable(((ParameterizedType) type).getActualTypeArguments()[index], site);
    }

    /** Returns the annotated type argument at {@code index}, or null when not available. */
    static AnnotatedType annotatedArgument(AnnotatedType annotated, int index) {
        if (annotated instanceof AnnotatedParameterizedType p) {
            AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
            return index < args.length ? args[index] : null;
        }
        return null;
    }

    /** Returns {@code T} for {@code CompletionStage<T>} and its subtypes, else the type itself. */
    static Type unwrapCompletionStage(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && CompletionStage.class.isAssignableFrom(raw)) {
            return p.getActualTypeArguments()[0];
        }
        return type;
    }

    /** Returns true for {@code Optional<T>}. */
    static boolean isOptional(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == Optional.class;
    }

    /** True for the classes that become a $defs object: records and concrete non-platform classes. */
    static boolean isObjectClass(Class<?> c) {
        if (c.isRecord()) {
            return true;
        }
        return !c.isPrimitive() && !c.isArray() && !c.isEnum() && !c.isInterface()
                && !Modifier.isAbstract(c.getModifiers())
                && !Iterable.class.isAssignableFrom(c) && !Map.class.isAssignableFrom(c)
                && c != Object.class && !isPlatformClass(c);
    }

    /** Returns true for JDK and platform classes, whose JSON-B mapping is built in and special. */
    static boolean isPlatformClass(Class<?> c) {
        String n = c.getName();
        return n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("jakarta.")
                || n.startsWith("jdk.") || n.startsWith("sun.") || n.startsWith("com.sun.");
    }}
