package dev.mcpee.internal.schema;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON Schema (draft 2020-12 subset) compiled once, then used to validate many instances.
 *
 * <p>Supported keywords: {@code type} (a name or an array of names; a number with a zero fraction
 * such as {@code 3.0} is an integer), {@code enum}, {@code $ref} (local JSON pointers such as
 * {@code #/$defs/Pet}, recursion allowed), {@code minimum}, {@code maximum},
 * {@code exclusiveMinimum}, {@code exclusiveMaximum}, {@code minLength}, {@code maxLength} (in code
 * points), {@code pattern} ({@link java.util.regex.Matcher#find()}, Java syntax), {@code format}
 * (see {@link Formats}; unknown formats are ignored as the specification allows),
 * {@code contentEncoding: base64}, {@code items}, {@code minItems}, {@code maxItems},
 * {@code uniqueItems}, {@code properties}, {@code required}, {@code additionalProperties} (schema or
 * boolean), {@code propertyNames}, {@code minProperties}, {@code maxProperties}, and boolean schemas.
 * Pure annotations ({@code title}, {@code description}, {@code default}, {@code readOnly},
 * {@code writeOnly}, {@code $schema}, {@code $comment}, {@code examples}, {@code deprecated},
 * {@code contentMediaType}, {@code $defs}) are accepted and ignored. Any other keyword makes
 * {@link #compile(JsonObject)} fail rather than silently validate less than the schema says.
 *
 * <p>Instances are immutable and thread-safe. Validation does no reflection, compiles no regular
 * expression and resolves no reference: all of that happens in {@link #compile(JsonObject)}.
 */
public final class SchemaValidator {

    private final SchemaNode root;

    private SchemaValidator(SchemaNode root) {
        this.root = root;
    }

    /**
     * Compiles a schema.
     *
     * @param rootSchema the schema; {@code $ref}s resolve against it
     * @return the validator
     * @throws IllegalArgumentException if the schema uses an unsupported keyword, an unresolvable
     *                                  {@code $ref} or a malformed keyword value
     */
    public static SchemaValidator compile(JsonObject rootSchema) {
        return new SchemaValidator(new SchemaCompiler(rootSchema).compileRoot());
    }

    /**
     * Validates an instance and returns the first violation as a short message naming the JSON path,
     * e.g. {@code "argument 'petId': expected an integer, got a string"},
     * {@code "missing required argument 'petId'"} or
     * {@code "argument 'visit.date': expected a string in format date"}.
     *
     * @param instance the value to check
     * @param rootName what the top-level properties are called, e.g. {@code "argument"}; a violation
     *                 of the root value itself reads {@code "argument: expected an object, got an array"}
     * @return the message, or empty when the instance is valid
     */
    public Optional<String> validate(JsonValue instance, String rootName) {
        Objects.requireNonNull(instance, "instance");
        Violation v = root.validate(instance);
        return v == null ? Optional.empty() : Optional.of(v.describe(rootName));
    }
}
