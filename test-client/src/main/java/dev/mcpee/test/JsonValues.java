package dev.mcpee.test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** Java values to JSON-P values and back, for arguments and expected values written as plain Java. */
final class JsonValues {

    private JsonValues() {
    }

    /**
     * A Java value as JSON: {@code null}, {@link JsonValue}, {@link CharSequence}, {@link Boolean}, integral and
     * decimal numbers, enums (their name), {@link Map} (keys as strings), {@link Iterable} and arrays.
     *
     * @param value the value
     * @return the JSON value
     * @throws IllegalArgumentException for any other type
     */
    static JsonValue of(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof CharSequence s) {
            return Json.createValue(s.toString());
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return Json.createValue(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal d) {
            return Json.createValue(d);
        }
        if (value instanceof BigInteger i) {
            return Json.createValue(i);
        }
        if (value instanceof Enum<?> e) {
            return Json.createValue(e.name());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((k, v) -> object.add(String.valueOf(k), of(v)));
            return object.build();
        }
        if (value instanceof Iterable<?> items) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.forEach(v -> array.add(of(v)));
            return array.build();
        }
        if (value instanceof Object[] items) {
            return of(java.util.Arrays.asList(items));
        }
        throw new IllegalArgumentException("Cannot send a " + value.getClass().getName() + " as JSON: use strings,"
                + " numbers, booleans, enums, maps, lists, arrays or jakarta.json values");
    }

    /**
     * Parses JSON text.
     *
     * @param text the text
     * @return the value, or null when the text is not JSON
     */
    static JsonValue parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            return null;
        }
    }

    /**
     * Whether two JSON values are equal, numbers by value at any depth (so {@code 3} equals {@code 3.0}); object
     * members in any order.
     *
     * @param a one value
     * @param b the other
     * @return true when equal
     */
    static boolean same(JsonValue a, JsonValue b) {
        if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            return x.bigDecimalValue().compareTo(y.bigDecimalValue()) == 0;
        }
        if (a instanceof JsonObject x && b instanceof JsonObject y) {
            return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> same(x.get(k), y.get(k)));
        }
        if (a instanceof JsonArray x && b instanceof JsonArray y) {
            return x.size() == y.size() && IntStream.range(0, x.size()).allMatch(i -> same(x.get(i), y.get(i)));
        }
        return a.equals(b);
    }
}
