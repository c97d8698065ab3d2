package dev.mcpee.internal.schema;

/**
 * Thrown at deployment time when a Java type cannot be described by a JSON Schema that matches what
 * JSON-B reads and writes.
 *
 * <p>The message names the type, where it was met and what to do, for example
 * {@code "java.lang.Object (property 'owner' of record com.x.Pet) is not supported: declare a concrete type"}.
 * The parts are also available separately so a caller can rephrase the error, e.g. to add the tool name.
 */
public class UnsupportedTypeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String typeName;
    private final String location;
    private final String advice;

    /**
     * Creates the exception.
     *
     * @param typeName the offending type as {@link java.lang.reflect.Type#getTypeName()} prints it
     * @param location where the type was met, e.g. {@code "property 'owner' of record com.x.Pet"}
     * @param advice   what the developer should do, e.g. {@code "declare a concrete type"}
     */
    public UnsupportedTypeException(String typeName, String location, String advice) {
        super(typeName + " (" + location + ") is not supported: " + advice);
        this.typeName = typeName;
        this.location = location;
        this.advice = advice;
    }

    /** Returns the offending type's name. */
    public String typeName() {
        return typeName;
    }

    /** Returns where the type was met. */
    public String location() {
        return location;
    }

    /** Returns what the developer should do about it. */
    public String advice() {
        return advice;
    }
}
