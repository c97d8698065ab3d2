package dev.mcpee.internal.invoke;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;

/**
 * Converts one JSON value to a Java parameter value. Chosen once per parameter at deployment: scalars are
 * converted directly from the parsed JSON, everything else goes through JSON-B.
 */
@FunctionalInterface
public interface ValueConverter {

    /**
     * Converts a present, non-null value.
     *
     * @param value the JSON value
     * @return the Java value
     * @throws IllegalArgumentException (or a JSON-B exception) when the value does not fit
     */
    Object convert(JsonValue value);

    /**
     * The converter for a parameter type.
     *
     * @param type  the parameter's (unwrapped) type
     * @param jsonb the JSON-B instance for structured types
     * @return the converter
     */
    static ValueConverter forType(Type type, Jsonb jsonb) {
        if (type == String.class) {
            return v -> ((JsonString) expect(v, JsonValue.ValueType.STRING, "a string")).getString();
        }
        if (type == boolean.class || type == Boolean.class) {
            return v -> {
                if (v == JsonValue.TRUE) {
                    return Boolean.TRUE;
                }
                if (v == JsonValue.FALSE) {
                    return Boolean.FALSE;
                }
                throw new IllegalArgumentException("expected a boolean");
            };
        }
        if (type == int.class || type == Integer.class) {
            return v -> number(v, true).intValueExact();
        }
        if (type == long.class || type == Long.class) {
            return v -> number(v, true).longValueExact();
        }
        if (type == short.class || type == Short.class) {
            return v -> number(v, true).bigIntegerValueExact().shortValueExact();
        }
        if (type == byte.class || type == Byte.class) {
            return v -> number(v, true).bigIntegerValueExact().byteValueExact();
        }
        if (type == double.class || type == Double.class) {
            return v -> number(v, false).doubleValue();
        }
        if (type == float.class || type == Float.class) {
            return v -> (float) number(v, false).doubleValue();
        }
        if (type == BigDecimal.class) {
            return v -> number(v, false).bigDecimalValue();
        }
        if (type == BigInteger.class) {
            return v -> number(v, true).bigIntegerValueExact();
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            Map<String, Object> constants = new LinkedHashMap<>();
            for (Object constant : c.getEnumConstants()) {
                constants.put(((Enum<?>) constant).name(), constant);
            }
            return v -> {
                Object constant = constants.get(((JsonString) expect(v, JsonValue.ValueType.STRING, "a string"))
                        .getString());
                if (constant == null) {
                    throw new IllegalArgumentException("expected one of " + constants.keySet());
                }
                return constant;
            };
        }
        // Records, POJOs, collections, maps, java.time: JSON-B knows how; it needs text.
        return v -> jsonb.fromJson(v.toString(), type);
    }

    private static JsonValue expect(JsonValue v, JsonValue.ValueType type, String what) {
        if (v.getValueType() != type) {
            throw new IllegalArgumentException("expected " + what);
        }
        return v;
    }

    private static JsonNumber number(JsonValue v, boolean integral) {
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new IllegalArgumentException(integral ? "expected an integer" : "expected a number");
        }
        JsonNumber n = (JsonNumber) v;
        if (integral && !isWhole(n)) {
            throw new IllegalArgumentException("expected an integer");
        }
        return n;
    }

    private static boolean isWhole(JsonNumber n) {
        if (n.isIntegral()) {
            return true;
        }
        // JSON Schema counts 3.0 as an integer.
        BigDecimal d = n.bigDecimalValue();
        return d.signum() == 0 || d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0;
    }
}
