package dev.mcpee.internal.jsonrpc;

import java.util.AbstractMap;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A JSON object that arrives already serialized (a tool's structured result, from JSON-B): {@link Json#bytes}
 * writes its text as it is, so the object is serialized once, for {@code structuredContent} and its text copy
 * alike. Anything that reads it as an object (tests, a caller looking inside) gets it parsed, once, on first use.
 */
public final class SerializedObject extends AbstractMap<String, JsonValue> implements JsonObject {

    private final String text;
    private volatile JsonObject parsed;

    /**
     * Wraps the JSON text of an object.
     *
     * @param text the text, which must be one JSON object
     * @throws IllegalArgumentException when it does not begin as an object
     */
    public SerializedObject(String text) {
        if (!text.stripLeading().startsWith("{")) {
            throw new IllegalArgumentException("not a JSON object");
        }
        this.text = text;
    }

    /**
     * An object built once and sent many times (a tool's {@code tools/list} entry): serialized now, so that
     * every list writes its text instead of serializing it again.
     *
     * @param object the object
     * @return the object with its text
     */
    public static SerializedObject of(JsonObject object) {
        if (object instanceof SerializedObject done) {
            return done;
        }
        SerializedObject serialized = new SerializedObject(new String(Json.bytes(object),
                java.nio.charset.StandardCharsets.UTF_8));
        serialized.parsed = object;
        return serialized;
    }

    /** @return the JSON text, exactly as given */
    public String text() {
        return text;
    }

    private JsonObject parsed() {
        JsonObject p = parsed;
        if (p == null) {
            p = Json.parse(text).asJsonObject();
            parsed = p;
        }
        return p;
    }

    @Override
    public Set<Entry<String, JsonValue>> entrySet() {
        return parsed().entrySet();
    }

    @Override
    public JsonValue get(Object key) {
        return parsed().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return parsed().containsKey(key);
    }

    @Override
    public JsonArray getJsonArray(String name) {
        return parsed().getJsonArray(name);
    }

    @Override
    public JsonObject getJsonObject(String name) {
        return parsed().getJsonObject(name);
    }

    @Override
    public JsonNumber getJsonNumber(String name) {
        return parsed().getJsonNumber(name);
    }

    @Override
    public JsonString getJsonString(String name) {
        return parsed().getJsonString(name);
    }

    @Override
    public String getString(String name) {
        return parsed().getString(name);
    }

    @Override
    public String getString(String name, String defaultValue) {
        return parsed().getString(name, defaultValue);
    }

    @Override
    public int getInt(String name) {
        return parsed().getInt(name);
    }

    @Override
    public int getInt(String name, int defaultValue) {
        return parsed().getInt(name, defaultValue);
    }

    @Override
    public boolean getBoolean(String name) {
        return parsed().getBoolean(name);
    }

    @Override
    public boolean getBoolean(String name, boolean defaultValue) {
        return parsed().getBoolean(name, defaultValue);
    }

    @Override
    public boolean isNull(String name) {
        return parsed().isNull(name);
    }

    @Override
    public ValueType getValueType() {
        return ValueType.OBJECT;
    }

    @Override
    public String toString() {
        return text;
    }
}
