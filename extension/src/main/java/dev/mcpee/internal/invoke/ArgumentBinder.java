package dev.mcpee.internal.invoke;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Binds one tool argument to one method parameter; built once per parameter at deployment.
 *
 * @param name         the argument name
 * @param required     whether the client must send it
 * @param defaultValue the value used when absent, or null
 * @param wrapper      how the value is wrapped for the parameter
 * @param converter    converts the JSON value to the (unwrapped) parameter type
 */
public record ArgumentBinder(String name, boolean required, JsonValue defaultValue, Wrapper wrapper,
                             ValueConverter converter) {

    /** How a parameter wraps its value. */
    public enum Wrapper {
        /** The value itself. */
        NONE,
        /** {@code Optional<T>}. */
        OPTIONAL,
        /** {@code OptionalInt}. */
        OPTIONAL_INT,
        /** {@code OptionalLong}. */
        OPTIONAL_LONG,
        /** {@code OptionalDouble}. */
        OPTIONAL_DOUBLE
    }

    /**
     * The parameter value for the arguments a client sent.
     *
     * @param arguments the {@code arguments} object of {@code tools/call}
     * @return the value to pass
     * @throws ArgumentException when the argument is missing or does not fit
     */
    public Object bind(JsonObject arguments) {
        JsonValue value = arguments.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (defaultValue != null) {
                value = defaultValue;
            } else if (required) {
                throw new ArgumentException("Missing required argument '" + name + "'");
            } else {
                return empty();
            }
        }
        Object converted;
        try {
            converted = converter.convert(value);
        } catch (RuntimeException e) {
            // IllegalArgument/Arithmetic/ClassCast/JsonbException for values that do not fit; JSON-P throws
            // UnsupportedOperationException for numbers beyond its scale limit (1e200000).
            // Exception text from JSON-B can quote internals; name the argument and the kind of problem only.
            String reason = e instanceof IllegalArgumentException && !(e instanceof NumberFormatException)
                    && e.getMessage() != null && e.getMessage().startsWith("expected ")
                    ? e.getMessage() : "the value does not fit the argument's schema";
            throw new ArgumentException("Invalid argument '" + name + "': " + reason);
        }
        return wrap(converted);
    }

    private Object empty() {
        return switch (wrapper) {
            case NONE -> null;
            case OPTIONAL -> Optional.empty();
            case OPTIONAL_INT -> OptionalInt.empty();
            case OPTIONAL_LONG -> OptionalLong.empty();
            case OPTIONAL_DOUBLE -> OptionalDouble.empty();
        };
    }

    private Object wrap(Object value) {
        return switch (wrapper) {
            case NONE -> value;
            case OPTIONAL -> Optional.of(value);
            case OPTIONAL_INT -> OptionalInt.of(((Number) value).intValue());
            case OPTIONAL_LONG -> OptionalLong.of(((Number) value).longValue());
            case OPTIONAL_DOUBLE -> OptionalDouble.of(((Number) value).doubleValue());
        };
    }
}
