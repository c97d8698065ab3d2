package dev.mcpee.internal.schema;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * One property of a record or class as JSON-B binds it.
 *
 * @param name        the JSON name (after {@code @JsonbProperty})
 * @param type        the Java generic type
 * @param annotated   the annotated type, for type-use constraints on type arguments
 * @param annotations the declaration annotations of the field and accessors, de-duplicated
 * @param readable    whether JSON-B writes this property when serializing
 * @param writable    whether JSON-B reads this property when deserializing
 */
record BoundProperty(String name, Type type, AnnotatedType annotated, Set<Annotation> annotations,
        boolean readable, boolean writable) {

    /** Returns true if the Java type is primitive, which makes the property always present. */
    boolean primitive() {
        return type instanceof Class<?> c && c.isPrimitive();
    }
}
