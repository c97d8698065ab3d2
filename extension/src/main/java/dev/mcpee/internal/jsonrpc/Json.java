package dev.mcpee.internal.jsonrpc;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;

/**
 * The JSON-P provider and factories, created once: looking the provider up per call is a service-loader
 * scan, the most expensive thing a naive JSON-P caller does.
 */
public final class Json {

    /** The container's JSON-P provider. */
    public static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());

    private Json() {
    }

    /**
     * A new object builder.
     *
     * @return the builder
     */
    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    /**
     * A builder holding an object's members, to return a changed copy of it.
     *
     * @param object the object
     * @return the builder
     */
    public static JsonObjectBuilder copy(JsonObject object) {
        return BUILDERS.createObjectBuilder(object);
    }

    /**
     * A copy of an object (a result, a notification's params) with one more entry in its {@code _meta}, the
     * entries already there kept.
     *
     * @param object the object
     * @param key    the {@code _meta} key
     * @param value  its value
     * @return the builder of the copy
     */
    public static JsonObjectBuilder withMeta(JsonObject object, String key, JsonValue value) {
        JsonObjectBuilder meta = object.get("_meta") instanceof JsonObject existing ? copy(existing) : object();
        return copy(object).add("_meta", meta.add(key, value));
    }

    /**
     * A new array builder.
     *
     * @return the builder
     */
    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    /**
     * A JSON string value.
     *
     * @param s the text
     * @return the value
     */
    public static JsonValue string(String s) {
        return PROVIDER.createValue(s);
    }

    /**
     * Reads one JSON value (any kind, including scalars) from a message body. JSON exchanged between systems is
     * UTF-8 (RFC 8259 section 8.1); a byte-order mark before it is ignored, as that section allows.
     *
     * @param utf8     the body
     * @param maxDepth arrays and objects nested deeper are refused before the provider parses anything
     * @return the value
     * @throws JsonException when the text is not exactly one JSON value, is nested too deeply, or the provider
     *                       refuses it otherwise
     */
    public static JsonValue read(byte[] utf8, int maxDepth) {
        int bom = utf8.length >= 3 && (utf8[0] & 0xFF) == 0xEF && (utf8[1] & 0xFF) == 0xBB && (utf8[2] & 0xFF) == 0xBF
                ? 3 : 0;
        String text = new String(utf8, bom, utf8.length - bom, StandardCharsets.UTF_8);
        if (deeperThan(text, maxDepth)) {
            throw new JsonException("nested deeper than " + maxDepth + " levels");
        }
        try {
            return readText(text);
        } catch (JsonException e) {
            throw e;
        } catch (RuntimeException e) {
            // Providers refuse some input with other runtime exceptions (Parsson: a plain RuntimeException
            // past its own depth limit); to the caller it is input that is not acceptable JSON.
            throw new JsonException("not accepted by the JSON provider", e);
        }
    }

    /**
     * Whether arrays and objects nest deeper than the limit, brackets inside strings not counted: one pass over
     * the text, so no parser (which recurses, or builds what it reads) sees a hostile depth.
     */
    static boolean deeperThan(String text, int maxDepth) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > maxDepth) {
                    return true;
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return false;
    }

    private static JsonValue readText(String text) {
        // From text, not a byte stream: a provider's stream parser puts an 8 KB decoder buffer behind each body.
        try (JsonParser parser = PROVIDER.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new JsonException("empty input");
            }
            parser.next();
            JsonValue value = parser.getValue();
            // A reader stops after the first value; one message per body means nothing may follow it.
            if (parser.hasNext()) {
                throw new JsonException("more than one JSON value");
            }
            return value;
        }
    }

    /**
     * Reads one JSON value from text.
     *
     * @param text the JSON text
     * @return the value
     * @throws jakarta.json.JsonException when the text is not one JSON value
     */
    public static JsonValue parse(String text) {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /**
     * Serializes a structure to UTF-8 bytes. Scalars are written as the provider writes them
     * ({@link JsonValue#toString()} is their JSON text, escaping included); a {@link SerializedObject} is written
     * as the text it already is, which a JSON-P writer cannot do. Also cheaper than a provider's writer per
     * message, which keeps buffers of several kilobytes behind each one.
     *
     * @param value the object or array
     * @return the bytes
     */
    public static byte[] bytes(JsonStructure value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                if (value instanceof SerializedObject serialized) {
                    out.append(serialized.text());
                    return;
                }
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(member.getKey(), out);
                    out.append(':');
                    write(member.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonValue item : value.asJsonArray()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(item, out);
                }
                out.append(']');
            }
            case STRING -> string(((JsonString) value).getString(), out);
            default -> out.append(value);
        }
    }

    /** A string as JSON text: as it is when nothing in it needs escaping, else as the provider escapes it. */
    private static void string(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                out.append(PROVIDER.createValue(s));
                return;
            }
        }
        out.append('"').append(s).append('"');
    }
}
