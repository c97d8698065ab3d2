package dev.mcpee.internal.jsonrpc;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
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
    private static final JsonWriterFactory WRITERS = PROVIDER.createWriterFactory(Map.of());

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
     * Reads one JSON value (any kind, including scalars) from a stream.
     *
     * @param in the stream, read as UTF-8 unless it starts with another Unicode byte-order mark
     * @return the value
     * @throws jakarta.json.JsonException when the text is not exactly one JSON value
     */
    public static JsonValue read(InputStream in) {
        try (JsonParser parser = PROVIDER.createParser(in)) {
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
     * Serializes a structure to UTF-8 bytes.
     *
     * @param value the object or array
     * @return the bytes
     */
    public static byte[] bytes(JsonStructure value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.write(value);
        }
        return out.toByteArray();
    }
}
