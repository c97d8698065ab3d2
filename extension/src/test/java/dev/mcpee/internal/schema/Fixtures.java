package dev.mcpee.internal.schema;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Type;

/** Small helpers shared by the tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** Parses JSON text. */
    static JsonValue json(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readValue();
        }
    }

    /** Parses a JSON object, written with single quotes for readability. */
    static JsonObject obj(String text) {
        return json(text.replace('\'', '"')).asJsonObject();
    }

    /** Returns the generic type of a declared field, to get at types such as {@code List<String>}. */
    static Type fieldType(Class<?> owner, String name) {
        return field(owner, name).getGenericType();
    }

    /** Returns a declared field. */
    static Field field(Class<?> owner, String name) {
        try {
            return owner.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }
}
