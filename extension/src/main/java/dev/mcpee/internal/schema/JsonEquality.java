package dev.mcpee.internal.schema;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;

/**
 * JSON Schema's notion of equal instances (for {@code enum} and {@code uniqueItems}): like
 * {@link JsonValue#equals(Object)} except that numbers compare by value, so {@code 1} equals
 * {@code 1.0}.
 */
final class JsonEquality {

    private JsonEquality() {
    }

    /** Returns true if the two values are equal as JSON Schema defines it. */
    static boolean equal(JsonValue a, JsonValue b) {
        if (a.getValueType() != b.getValueType()) {
            return false;
        }
        return switch (a.getValueType()) {
            case NUMBER -> ((JsonNumber) a).bigDecimalValue().compareTo(((JsonNumber) b).bigDecimalValue()) == 0;
            case STRING -> ((JsonString) a).getString().equals(((JsonString) b).getString());
            case ARRAY -> arraysEqual((JsonArray) a, (JsonArray) b);
            case OBJECT -> objectsEqual((JsonObject) a, (JsonObject) b);
            default -> true; // true, false, null: same value type means same value
        };
    }

    /** Returns true if the number has no fractional part, e.g. {@code 3}, {@code 3.0} or {@code 1e2}. */
    static boolean isIntegral(JsonNumber n) {
        if (n.isIntegral()) {
            return true;
        }
        BigDecimal d = n.bigDecimalValue();
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    private static boolean arraysEqual(JsonArray a, JsonArray b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean objectsEqual(JsonObject a, JsonObject b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, JsonValue> e : a.entrySet()) {
            JsonValue other = b.get(e.getKey());
            if (other == null || !equal(e.getValue(), other)) {
                return false;
            }
        }
        return true;
    }
}
