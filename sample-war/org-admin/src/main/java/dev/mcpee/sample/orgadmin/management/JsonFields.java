package dev.mcpee.sample.orgadmin.management;

import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reading the few fields the tools need from the Management API's large JSON models, absent fields included. */
public final class JsonFields {

    private JsonFields() {
    }

    /**
     * A string field.
     *
     * @param object the object, or null
     * @param name   the field
     * @return its value, or empty when absent or not a string
     */
    public static String text(JsonObject object, String name) {
        return object != null && object.get(name) instanceof JsonString s ? s.getString() : "";
    }

    /**
     * An object field.
     *
     * @param object the object, or null
     * @param name   the field
     * @return its value, or an empty object
     */
    public static JsonObject object(JsonObject object, String name) {
        return object != null && object.get(name) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    /**
     * An array field.
     *
     * @param object the object, or null
     * @param name   the field
     * @return its value, or an empty array
     */
    public static JsonArray array(JsonObject object, String name) {
        return object != null && object.get(name) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }

    /**
     * The strings of an array field.
     *
     * @param object the object, or null
     * @param name   the field
     * @return the strings, skipping other values
     */
    public static List<String> strings(JsonObject object, String name) {
        return array(object, name).stream().filter(JsonString.class::isInstance)
                .map(v -> ((JsonString) v).getString()).toList();
    }

    /**
     * A boolean field.
     *
     * @param object the object, or null
     * @param name   the field
     * @return its value, false when absent
     */
    public static boolean flag(JsonObject object, String name) {
        return object != null && object.get(name) == JsonValue.TRUE;
    }

    /**
     * The objects of an array.
     *
     * @param array the array
     * @return its object elements
     */
    public static List<JsonObject> objects(JsonArray array) {
        return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }
}
