package dev.mcpee.internal.schema;

import static dev.mcpee.internal.schema.SchemaJson.FACTORY;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;

/**
 * Walks a Java type and produces its schema, collecting named object types into {@code $defs}.
 * The mapping rules are documented on {@link JsonSchemaGenerator}. Holds the {@code $defs} of one
 * root schema, so it is not thread-safe.
 */
final class TypeMapper {

    /** Longest fully resolved type name accepted; beyond it a generic type is taken to expand forever. */
    private static final int MAX_TYPE_NAME = 1000;

    /** $defs key by fully resolved type name; a key is registered before its body is built. */
    private final Map<String, String> defKeyByType = new HashMap<>();
    private final Set<String> usedKeys = new HashSet<>();
    private final Map<String, JsonObject> defs = new TreeMap<>();

    /** Returns the live $defs map, sorted by key. */
    Map<String, JsonObject> defs() {
        return defs;
    }

    /**
     * Returns the schema of one value.
     *
     * @param type            the value's generic type
     * @param annotated       the annotated type when known (for type-use constraints), else null
     * @param declared        annotations of the declaring element
     * @param site            where the value is, for errors, and the type-variable bindings
     * @param optionalAllowed whether {@code Optional} may appear here
     * @return the schema
     */
    JsonObject valueSchema(Type type, AnnotatedType annotated, Set<Annotation> declared, TypeSite site,
            boolean optionalAllowed) {
        Set<Annotation> annotations = new LinkedHashSet<>(declared);
        if (annotated != null) {
            annotations.addAll(Arrays.asList(annotated.getAnnotations()));
        }
        CustomMappings.reject(annotations, type, site);
        Type resolved = JavaTypes.resolveVariable(type, site);
        if (resolved instanceof GenericArrayType g) {
            AnnotatedType component = annotated instanceof AnnotatedArrayType a
                    ? a.getAnnotatedGenericComponentType() : null;
            return ConstraintKeywords.apply(arraySchema(g.getGenericComponentType(), component, site, false),
                    annotations);
        }
        Class<?> raw = JavaTypes.rawClass(resolved, site);
        if (raw == Optional.class || raw == OptionalInt.class || raw == OptionalLong.class
                || raw == OptionalDouble.class) {
            if (!optionalAllowed) {
                throw site.unsupported(resolved, "Optional is only supported for a parameter, a property or"
                        + " a return type; use the contained type");
            }
            if (raw == Optional.class) {
                return valueSchema(JavaTypes.typeArgument(resolved, 0, site), JavaTypes.annotatedArgument(annotated, 0), annotations,
                        site, false);
            }
        }
        if (CompletionStage.class.isAssignableFrom(raw)) {
            throw site.unsupported(resolved, "a CompletionStage is only supported as a tool's return type");
        }
        return ConstraintKeywords.apply(typeSchema(resolved, raw, annotated, site), annotations);
    }

    private JsonObject typeSchema(Type resolved, Class<?> raw, AnnotatedType annotated, TypeSite site) {
        JsonObject scalar = ScalarSchemas.forClass(raw);
        if (scalar != null) {
            return scalar;
        }
        if (raw == void.class || raw == Void.class) {
            throw site.unsupported(resolved, "a value type is needed here");
        }
        if (raw.isEnum()) {
            CustomMappings.rejectClass(raw, site);
            JsonArrayBuilder names = FACTORY.createArrayBuilder();
            for (Object constant : raw.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return FACTORY.createObjectBuilder().add("type", "string").add("enum", names).build();
        }
        if (raw.isArray()) {
            AnnotatedType component = annotated instanceof AnnotatedArrayType a
                    ? a.getAnnotatedGenericComponentType() : null;
            return arraySchema(raw.getComponentType(), component, site, false);
        }
        if (Iterable.class.isAssignableFrom(raw)) {
            if (!(resolved instanceof ParameterizedType) || raw.getTypeParameters().length != 1) {
                throw site.unsupported(resolved, "declare it as a List, Set or Collection with its element type");
            }
            return arraySchema(JavaTypes.typeArgument(resolved, 0, site), JavaTypes.annotatedArgument(annotated, 0), site,
                    Set.class.isAssignableFrom(raw));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return mapSchema(resolved, raw, annotated, site);
        }
        if (raw == Object.class) {
            throw site.unsupported(resolved, "declare a concrete type");
        }
        if (JavaTypes.isPlatformClass(raw)) {
            throw site.unsupported(resolved, "JSON-B maps this JDK or platform type in its own way;"
                    + " use a supported type such as String, a number, a java.time type, a record or a collection");
        }
        if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
            throw site.unsupported(resolved, "JSON-B cannot create an interface or abstract class;"
                    + " declare a record or a concrete class");
        }
        if (raw.getTypeParameters().length > 0 && !(resolved instanceof ParameterizedType)) {
            throw site.unsupported(resolved, "declare its type arguments");
        }
        CustomMappings.rejectClass(raw, site);
        return reference(resolved, raw, site);
    }

    private JsonObject arraySchema(Type element, AnnotatedType annotatedElement, TypeSite site, boolean unique) {
        JsonObject items = valueSchema(element, annotatedElement, Set.of(), site.at("element of " + site.where()),
                false);
        JsonObjectBuilder b = FACTORY.createObjectBuilder().add("type", "array").add("items", items);
        if (unique) {
            b.add("uniqueItems", true);
        }
        return b.build();
    }

    private JsonObject mapSchema(Type resolved, Class<?> raw, AnnotatedType annotated, TypeSite site) {
        if (!(resolved instanceof ParameterizedType) || raw.getTypeParameters().length != 2) {
            throw site.unsupported(resolved, "declare it as a Map with its key and value types");
        }
        Type key = JavaTypes.resolveVariable(JavaTypes.typeArgument(resolved, 0, site), site);
        JsonObjectBuilder b = FACTORY.createObjectBuilder().add("type", "object");
        if (key instanceof Class<?> k && k.isEnum()) {
            b.add("propertyNames", typeSchema(k, k, null, site));
        } else if (key != String.class) {
            throw site.at("key of " + site.where()).unsupported(key, "map keys must be String or an enum");
        }
        JsonObject values = valueSchema(JavaTypes.typeArgument(resolved, 1, site), JavaTypes.annotatedArgument(annotated, 1), Set.of(),
                site.at("value of " + site.where()), false);
        return b.add("additionalProperties", values).build();
    }

    /** Returns a $ref to the named object type, building its $defs entry on first use. */
    private JsonObject reference(Type resolved, Class<?> raw, TypeSite site) {
        String typeName = TypeNames.canonical(resolved, site);
        if (typeName.length() > MAX_TYPE_NAME) {
            throw site.unsupported(resolved, "its generic structure expands without end");
        }
        String key = defKeyByType.get(typeName);
        if (key == null) {
            key = newKey(TypeNames.simple(resolved, site), typeName);
            // Registered before the body is built, so a recursive use finds the key and stops.
            defKeyByType.put(typeName, key);
            defs.put(key, objectSchema(raw, new TypeSite(site.where(), TypeNames.bindings(resolved, raw, site))));
        }
        return SchemaJson.ref(key);
    }

    private String newKey(String simple, String typeName) {
        String key = simple;
        if (usedKeys.contains(key)) {
            key = typeName.replaceAll("[^A-Za-z0-9_.$-]", "_");
        }
        String base = key;
        for (int i = 2; usedKeys.contains(key); i++) {
            key = base + "_" + i;
        }
        usedKeys.add(key);
        return key;
    }

    private JsonObject objectSchema(Class<?> raw, TypeSite site) {
        List<BoundProperty> properties = raw.isRecord() ? JsonbProperties.ofRecord(raw) : JsonbProperties.ofBean(raw);
        String owner = (raw.isRecord() ? "record " : "class ") + raw.getName();
        JsonObjectBuilder props = FACTORY.createObjectBuilder();
        JsonArrayBuilder required = FACTORY.createArrayBuilder();
        boolean anyRequired = false;
        for (BoundProperty p : properties) {
            TypeSite propertySite = site.at("property '" + p.name() + "' of " + owner);
            JsonObject schema = valueSchema(p.type(), p.annotated(), p.annotations(), propertySite, true);
            // Marked so clients know not to send (readOnly) or not to expect (writeOnly) the property.
            if (!p.writable()) {
                schema = SchemaJson.with(schema, "readOnly", JsonValue.TRUE);
            }
            if (!p.readable()) {
                schema = SchemaJson.with(schema, "writeOnly", JsonValue.TRUE);
            }
            props.add(p.name(), schema);
            if (p.readable() && p.writable() && (p.primitive() || impliesNotNull(p))) {
                required.add(p.name());
                anyRequired = true;
            }
        }
        JsonObjectBuilder b = FACTORY.createObjectBuilder().add("type", "object").add("properties", props);
        if (anyRequired) {
            b.add("required", required);
        }
        return b.build();
    }

    private static boolean impliesNotNull(BoundProperty p) {
        Set<Annotation> all = new LinkedHashSet<>(p.annotations());
        if (p.annotated() != null) {
            all.addAll(Arrays.asList(p.annotated().getAnnotations()));
        }
        return ConstraintKeywords.impliesNotNull(all);
    }

}
