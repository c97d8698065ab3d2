package dev.mcpee.internal.schema;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a schema into a graph of {@link SchemaNode}s for {@link SchemaValidator}.
 *
 * <p>Every sub-schema is compiled once and cached by its JSON pointer; a node is cached before its
 * checks are built, so a {@code $ref} back to a schema still being compiled (recursion) gets the
 * unfinished node instead of looping.
 */
final class SchemaCompiler {

    /** Keywords that only annotate and never fail validation. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$comment", "$defs", "title", "description",
            "default", "examples", "readOnly", "writeOnly", "deprecated", "contentMediaType");

    /** Keywords with a check. */
    private static final Set<String> ASSERTIONS = Set.of("type", "enum", "$ref", "minimum", "maximum",
            "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "format",
            "contentEncoding", "items", "minItems", "maxItems", "uniqueItems", "properties", "required",
            "additionalProperties", "propertyNames", "minProperties", "maxProperties");

    private final JsonObject root;
    private final Map<String, SchemaNode> byPointer = new HashMap<>();

    /** Creates a compiler for one root schema. */
    SchemaCompiler(JsonObject root) {
        this.root = root;
    }

    /** Compiles the root schema and everything it reaches. */
    SchemaNode compileRoot() {
        return node(root, "");
    }

    private SchemaNode node(JsonValue schema, String pointer) {
        SchemaNode node = byPointer.get(pointer);
        if (node == null) {
            node = new SchemaNode();
            byPointer.put(pointer, node);
            try {
                node.init(checks(schema, pointer));
            } catch (ClassCastException | ArithmeticException e) {
                throw new IllegalArgumentException("malformed schema at #" + pointer + ": " + e.getMessage(), e);
            }
        }
        return node;
    }

    private Check[] checks(JsonValue schema, String at) {
        if (schema == JsonValue.TRUE) {
            return new Check[0];
        }
        if (schema == JsonValue.FALSE) {
            return new Check[] {ValueChecks.nothing()};
        }
        if (!(schema instanceof JsonObject s)) {
            throw new IllegalArgumentException("schema at #" + at + " is neither an object nor a boolean");
        }
        for (String keyword : s.keySet()) {
            if (!ASSERTIONS.contains(keyword) && !ANNOTATIONS.contains(keyword)) {
                throw new IllegalArgumentException("unsupported keyword '" + keyword + "' at #" + at);
            }
        }
        // Fixed order, so the reported first violation does not depend on keyword order in the JSON:
        // the value's type first, then presence of required properties, then the details.
        List<Check> checks = new ArrayList<>();
        if (s.containsKey("type")) {
            checks.add(ValueChecks.type(types(s.get("type"))));
        }
        if (s.containsKey("$ref")) {
            String ref = s.getString("$ref");
            SchemaNode target = node(resolve(ref), pointerOf(ref));
            checks.add(target::validate);
        }
        if (s.containsKey("required")) {
            checks.add(StructureChecks.required(strings(s.getJsonArray("required"))));
        }
        objectChecks(s, at, checks);
        arrayChecks(s, at, checks);
        if (s.containsKey("enum")) {
            checks.add(ValueChecks.oneOf(s.getJsonArray("enum").toArray(new JsonValue[0])));
        }
        for (String bound : List.of("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum")) {
            if (s.containsKey(bound)) {
                checks.add(ValueChecks.bound(bound, s.getJsonNumber(bound).bigDecimalValue()));
            }
        }
        if (s.containsKey("minLength") || s.containsKey("maxLength")) {
            checks.add(ValueChecks.length(count(s, "minLength", 0), count(s, "maxLength", Long.MAX_VALUE)));
        }
        if (s.containsKey("pattern")) {
            checks.add(ValueChecks.pattern(regex(s.getString("pattern"), at)));
        }
        if (s.containsKey("format")) {
            Formats format = Formats.byKeyword(s.getString("format"));
            if (format != null) {
                checks.add(ValueChecks.format(format));
            }
        }
        if (s.containsKey("contentEncoding")) {
            if (!"base64".equals(s.getString("contentEncoding"))) {
                throw new IllegalArgumentException("unsupported contentEncoding at #" + at);
            }
            checks.add(ValueChecks.base64());
        }
        return checks.toArray(new Check[0]);
    }

    private void objectChecks(JsonObject s, String at, List<Check> checks) {
        JsonObject properties = s.containsKey("properties") ? s.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
        if (!properties.isEmpty()) {
            String[] names = properties.keySet().toArray(new String[0]);
            SchemaNode[] nodes = new SchemaNode[names.length];
            for (int i = 0; i < names.length; i++) {
                nodes[i] = node(properties.get(names[i]), at + "/properties/" + escape(names[i]));
            }
            checks.add(StructureChecks.properties(names, nodes));
        }
        if (s.containsKey("additionalProperties")) {
            JsonValue additional = s.get("additionalProperties");
            SchemaNode node = additional == JsonValue.FALSE ? null : node(additional, at + "/additionalProperties");
            checks.add(StructureChecks.additionalProperties(Set.copyOf(properties.keySet()), node));
        }
        if (s.containsKey("propertyNames")) {
            checks.add(StructureChecks.propertyNames(node(s.get("propertyNames"), at + "/propertyNames")));
        }
        if (s.containsKey("minProperties") || s.containsKey("maxProperties")) {
            checks.add(StructureChecks.propertyCount(count(s, "minProperties", 0),
                    count(s, "maxProperties", Long.MAX_VALUE)));
        }
    }

    private void arrayChecks(JsonObject s, String at, List<Check> checks) {
        if (s.containsKey("minItems") || s.containsKey("maxItems")) {
            checks.add(StructureChecks.itemCount(count(s, "minItems", 0), count(s, "maxItems", Long.MAX_VALUE)));
        }
        if (s.containsKey("items")) {
            checks.add(StructureChecks.items(node(s.get("items"), at + "/items")));
        }
        if (s.get("uniqueItems") == JsonValue.TRUE) {
            checks.add(StructureChecks.uniqueItems());
        }
    }

    private static EnumSet<ValueChecks.JsonType> types(JsonValue type) {
        EnumSet<ValueChecks.JsonType> set = EnumSet.noneOf(ValueChecks.JsonType.class);
        if (type instanceof JsonString s) {
            set.add(ValueChecks.JsonType.byKeyword(s.getString()));
        } else {
            for (String name : strings((JsonArray) type)) {
                set.add(ValueChecks.JsonType.byKeyword(name));
            }
        }
        return set;
    }

    private static String[] strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toArray(String[]::new);
    }

    private static long count(JsonObject s, String keyword, long absent) {
        JsonNumber n = s.getJsonNumber(keyword);
        return n == null ? absent : n.longValueExact();
    }

    private static Pattern regex(String regex, String at) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid pattern at #" + at + ": " + e.getDescription(), e);
        }
    }

    /** Returns the JSON pointer of a local reference: "#/$defs/Pet" gives "/$defs/Pet". */
    private static String pointerOf(String ref) {
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("only local $ref values are supported: " + ref);
        }
        return ref.substring(1);
    }

    private JsonValue resolve(String ref) {
        String pointer = pointerOf(ref);
        JsonValue current = root;
        if (pointer.isEmpty()) {
            return current;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("unsupported $ref " + ref + ": only JSON pointers are supported");
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = unescape(raw);
            if (current instanceof JsonObject o && o.containsKey(token)) {
                current = o.get(token);
            } else if (current instanceof JsonArray a && token.matches("\\d+") && Integer.parseInt(token) < a.size()) {
                current = a.get(Integer.parseInt(token));
            } else {
                throw new IllegalArgumentException("cannot resolve $ref " + ref);
            }
        }
        return current;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String token) {
        // A $ref is a URI fragment, so it may be percent-encoded; '+' is literal in URIs.
        String decoded = token.indexOf('%') >= 0
                ? URLDecoder.decode(token.replace("+", "%2B"), StandardCharsets.UTF_8) : token;
        return decoded.replace("~1", "/").replace("~0", "~");
    }
}
