package dev.mcpee.internal.schema;

import static dev.mcpee.internal.schema.SchemaJson.FACTORY;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates JSON Schema (draft 2020-12) for Java types, matching what JSON-B (Yasson 3, default
 * configuration) reads and writes.
 *
 * <p>One instance builds one root schema: named object types (records and classes) are collected
 * into {@code $defs} and referenced as {@code {"$ref": "#/$defs/Name"}}, even when used once. That
 * keeps the output deterministic, handles recursive types the same way as any other, and every
 * 2020-12 client must support local {@code $ref}. Keys are the simple class name (with type
 * arguments joined by {@code _} for generic records), or the fully qualified name when another
 * class already took the simple one. {@code $defs} entries are sorted by key. Not thread-safe;
 * used at deployment time only.
 *
 * <p>The type mapping is described on {@link ScalarSchemas} (JDK value types),
 * {@link JsonbProperties} (records and classes) and {@link ConstraintKeywords} (Bean Validation).
 * Further: enums are strings with the constant {@link Enum#name() names} (Yasson ignores
 * {@code @JsonbProperty} on constants); arrays, {@code Iterable}s and collections are arrays
 * ({@code Set}s with {@code uniqueItems}); {@code byte[]} is an array of integers -128..127,
 * because that is what Yasson writes by default; {@code Map}s with {@code String} or enum keys are
 * objects with {@code additionalProperties}; {@code Optional<T>} and {@code OptionalInt} etc. are the
 * schema of their content and only allowed where a value may be absent (parameter, property, return
 * type). Anything else, such as {@code Object}, wildcards, unbound type variables, raw generic types,
 * interfaces, abstract classes and unknown JDK classes, raises {@link UnsupportedTypeException}.
 */
public final class JsonSchemaGenerator {

    private final TypeMapper mapper = new TypeMapper();
    private final Map<String, JsonObject> defs = mapper.defs();

    /** Creates a generator for one root schema. */
    public JsonSchemaGenerator() {
    }

    /**
     * Returns the schema for one value, applying the constraint annotations of its declaring element.
     * Named object types it refers to are added to {@link #definitions()}.
     *
     * @param type        the value's generic type
     * @param annotations the declaring element's annotations (may be empty)
     * @return the schema
     * @throws UnsupportedTypeException if the type cannot be described
     */
    public JsonObject schemaFor(Type type, Annotation[] annotations) {
        return schemaFor(type, annotations, "value");
    }

    /**
     * Like {@link #schemaFor(Type, Annotation[])}, naming the value in error messages.
     *
     * @param type        the value's generic type
     * @param annotations the declaring element's annotations (may be empty)
     * @param where       what the value is, e.g. {@code "parameter 'petId' of tool 'findPet'"}
     * @return the schema
     */
    public JsonObject schemaFor(Type type, Annotation[] annotations, String where) {
        return mapper.valueSchema(type, null, annotationSet(annotations), TypeSite.root(where), true);
    }

    /**
     * Like {@link #schemaFor(Type, Annotation[], String)}, also applying type-use constraints on type
     * arguments such as {@code List<@Size(max = 5) String>} (pass e.g.
     * {@code parameter.getAnnotatedType()}).
     *
     * @param type        the value's annotated type
     * @param annotations the declaring element's annotations (may be empty)
     * @param where       what the value is, for error messages
     * @return the schema
     */
    public JsonObject schemaFor(AnnotatedType type, Annotation[] annotations, String where) {
        return mapper.valueSchema(type.getType(), type, annotationSet(annotations), TypeSite.root(where), true);
    }

    /** Returns the {@code $defs} collected so far, keyed and sorted by name. */
    public JsonObject definitions() {
        JsonObjectBuilder b = FACTORY.createObjectBuilder();
        defs.forEach(b::add);
        return b.build();
    }

    /**
     * Returns a tool's {@code inputSchema}: an object with one property per parameter, the
     * {@code required} list (omitted when empty) and {@code $defs} when any were collected. No
     * {@code $schema} is added: MCP assumes 2020-12 when it is absent.
     *
     * @param properties the tool's parameters, in the order they should appear
     * @return the input schema
     * @throws UnsupportedTypeException if a parameter's type cannot be described
     */
    public JsonObject inputSchema(List<SchemaProperty> properties) {
        return inputSchema(properties, true);
    }

    /**
     * A tool's input schema, naming its dialect ({@code $schema}, JSON Schema 2020-12).
     *
     * @param properties          the arguments
     * @param additionalArguments whether arguments the schema does not name are allowed; when not, the schema
     *                            says {@code "additionalProperties": false} and validation refuses them
     * @return the schema
     */
    public JsonObject inputSchema(List<SchemaProperty> properties, boolean additionalArguments) {
        JsonObjectBuilder props = FACTORY.createObjectBuilder();
        JsonArrayBuilder required = FACTORY.createArrayBuilder();
        Set<String> seen = new HashSet<>();
        boolean anyRequired = false;
        for (SchemaProperty p : properties) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("duplicate property '" + p.name() + "'");
            }
            JsonObject schema = schemaFor(p.type(), p.annotations(), "parameter '" + p.name() + "'");
            if (p.description() != null || p.defaultValue() != null) {
                JsonObjectBuilder b = FACTORY.createObjectBuilder(schema);
                if (p.description() != null) {
                    b.add("description", p.description());
                }
                if (p.defaultValue() != null) {
                    b.add("default", p.defaultValue());
                }
                schema = b.build();
            }
            props.add(p.name(), schema);
            if (p.required()) {
                required.add(p.name());
                anyRequired = true;
            }
        }
        JsonObjectBuilder root = FACTORY.createObjectBuilder()
                .add("$schema", "https://json-schema.org/draft/2020-12/schema")
                .add("type", "object").add("properties", props);
        if (anyRequired) {
            root.add("required", required);
        }
        if (!additionalArguments) {
            root.add("additionalProperties", false);
        }
        return withDefs(root.build());
    }

    /**
     * Returns a tool's {@code outputSchema}. When {@link #mapsToJsonObject(Type)} holds it is the
     * type's own object schema; otherwise the value is wrapped as the property {@code result} of an
     * object (required unless the type is an {@code Optional}). A {@code CompletionStage<T>} is
     * described as {@code T}.
     *
     * @param returnType the tool method's generic return type
     * @return the output schema
     * @throws IllegalArgumentException  for {@code void}, which has no output
     * @throws UnsupportedTypeException if the type cannot be described
     */
    public JsonObject outputSchema(Type returnType) {
        Type type = JavaTypes.unwrapCompletionStage(returnType);
        if (type == void.class || type == Void.class) {
            throw new IllegalArgumentException("a void method has no output schema");
        }
        TypeSite site = TypeSite.root("return type");
        JsonObject schema = mapper.valueSchema(type, null, Set.of(), site, true);
        if (mapsToJsonObject(type)) {
            return withDefs(inlineRootReference(schema));
        }
        JsonObjectBuilder root = FACTORY.createObjectBuilder().add("type", "object")
                .add("properties", FACTORY.createObjectBuilder().add("result", schema));
        if (!JavaTypes.isOptional(type)) {
            root.add("required", FACTORY.createArrayBuilder().add("result"));
        }
        return withDefs(root.build());
    }

    /**
     * Returns true if values of the type are written by JSON-B as a JSON object: records, concrete
     * classes that are not JDK types, and maps with {@code String} or enum keys. {@code Optional<T>}
     * and {@code CompletionStage<T>} are looked through.
     *
     * @param type a generic type
     * @return whether the type maps to a JSON object
     */
    public static boolean mapsToJsonObject(Type type) {
        Type t = JavaTypes.unwrapCompletionStage(type);
        if (JavaTypes.isOptional(t)) {
            t = ((ParameterizedType) t).getActualTypeArguments()[0];
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (Map.class.isAssignableFrom(raw)) {
                Type key = p.getActualTypeArguments()[0];
                return key == String.class || key instanceof Class<?> k && k.isEnum();
            }
            return JavaTypes.isObjectClass(raw);
        }
        return t instanceof Class<?> c && c.getTypeParameters().length == 0 && JavaTypes.isObjectClass(c);
    }

    /**
     * Returns true if the annotations include a not-null constraint ({@code @NotNull},
     * {@code @NotBlank} or {@code @NotEmpty}, recognised by name). Callers can use it to decide
     * {@link SchemaProperty#required()}.
     *
     * @param annotations a parameter's annotations
     * @return whether a value must be present
     */
    public static boolean impliesRequired(Annotation[] annotations) {
        return ConstraintKeywords.impliesNotNull(Arrays.asList(annotations));
    }

    // ---------------------------------------------------------------------------------------------

    /** For a root that is a bare $ref, returns the referenced body and drops the def if nothing else uses it. */
    private JsonObject inlineRootReference(JsonObject schema) {
        JsonValue ref = schema.get("$ref");
        if (schema.size() != 1 || !(ref instanceof JsonString s)) {
            return schema;
        }
        String key = s.getString().substring("#/$defs/".length());
        JsonObject body = defs.get(key);
        if (countReferences(definitions(), s.getString()) == 0) {
            defs.remove(key);
        }
        return body;
    }

    private static int countReferences(JsonValue value, String ref) {
        int n = 0;
        if (value instanceof JsonObject o) {
            if (o.get("$ref") instanceof JsonString r && r.getString().equals(ref)) {
                n++;
            }
            for (JsonValue v : o.values()) {
                n += countReferences(v, ref);
            }
        } else if (value instanceof jakarta.json.JsonArray a) {
            for (JsonValue v : a) {
                n += countReferences(v, ref);
            }
        }
        return n;
    }

    private JsonObject withDefs(JsonObject root) {
        if (defs.isEmpty()) {
            return root;
        }
        return SchemaJson.with(root, "$defs", definitions());
    }

    // ---------------------------------------------------------------------------------------------

    private static Set<Annotation> annotationSet(Annotation[] annotations) {
        return annotations == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(annotations));
    }

}
