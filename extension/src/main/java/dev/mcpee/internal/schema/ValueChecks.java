package dev.mcpee.internal.schema;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks for keywords about single values: {@code type}, {@code enum}, numeric bounds, string
 * length, {@code pattern}, {@code format} and {@code contentEncoding}. Keywords for strings or numbers
 * pass values of other types, as JSON Schema specifies.
 */
final class ValueChecks {

    private ValueChecks() {
    }

    /** The JSON Schema type names, with the article used in messages. */
    enum JsonType {
        /** A JSON object. */
        OBJECT("object", "an object"),
        /** A JSON array. */
        ARRAY("array", "an array"),
        /** A JSON string. */
        STRING("string", "a string"),
        /** Any JSON number. */
        NUMBER("number", "a number"),
        /** A JSON number without a fractional part. */
        INTEGER("integer", "an integer"),
        /** true or false. */
        BOOLEAN("boolean", "a boolean"),
        /** null. */
        NULL("null", "null");

        private final String keyword;
        private final String phrase;

        JsonType(String keyword, String phrase) {
            this.keyword = keyword;
            this.phrase = phrase;
        }

        /** Returns the type for a {@code type} keyword value. */
        static JsonType byKeyword(String keyword) {
            for (JsonType t : values()) {
                if (t.keyword.equals(keyword)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown type '" + keyword + "'");
        }
    }

    /** {@code type}: the value must be of one of the given types. */
    static Check type(EnumSet<JsonType> allowed) {
        String expected = allowed.stream().map(t -> t.phrase).collect(Collectors.joining(" or "));
        boolean number = allowed.contains(JsonType.NUMBER);
        boolean integer = allowed.contains(JsonType.INTEGER);
        return value -> {
            JsonType actual = switch (value.getValueType()) {
                case OBJECT -> JsonType.OBJECT;
                case ARRAY -> JsonType.ARRAY;
                case STRING -> JsonType.STRING;
                case NUMBER -> JsonType.NUMBER;
                case TRUE, FALSE -> JsonType.BOOLEAN;
                case NULL -> JsonType.NULL;
            };
            if (allowed.contains(actual)) {
                return null;
            }
            if (actual == JsonType.NUMBER && integer && !number) {
                if (JsonEquality.isIntegral((JsonNumber) value)) {
                    return null;
                }
                return Violation.invalid("expected " + expected + ", got " + value);
            }
            return Violation.invalid("expected " + expected + ", got " + actual.phrase);
        };
    }

    /** {@code enum}: the value must equal one of the given values. */
    static Check oneOf(JsonValue[] values) {
        String listed = Stream.of(values).map(JsonValue::toString).collect(Collectors.joining(", "));
        String message = "must be one of " + listed;
        boolean allStrings = Stream.of(values).allMatch(v -> v instanceof JsonString);
        if (allStrings) {
            // The common case (Java enums): one hash lookup instead of a scan.
            Set<String> names = new HashSet<>();
            for (JsonValue v : values) {
                names.add(((JsonString) v).getString());
            }
            return value -> value instanceof JsonString s && names.contains(s.getString())
                    ? null : Violation.invalid(message);
        }
        return value -> {
            for (JsonValue candidate : values) {
                if (JsonEquality.equal(candidate, value)) {
                    return null;
                }
            }
            return Violation.invalid(message);
        };
    }

    /** {@code minimum}/{@code exclusiveMinimum}/{@code maximum}/{@code exclusiveMaximum}. */
    static Check bound(String keyword, BigDecimal limit) {
        String shown = limit.toPlainString();
        return switch (keyword) {
            case "minimum" -> numeric(n -> n.compareTo(limit) >= 0, "must be at least " + shown);
            case "exclusiveMinimum" -> numeric(n -> n.compareTo(limit) > 0, "must be greater than " + shown);
            case "maximum" -> numeric(n -> n.compareTo(limit) <= 0, "must be at most " + shown);
            case "exclusiveMaximum" -> numeric(n -> n.compareTo(limit) < 0, "must be less than " + shown);
            default -> throw new IllegalArgumentException(keyword);
        };
    }

    private static Check numeric(java.util.function.Predicate<BigDecimal> ok, String message) {
        return value -> value instanceof JsonNumber n && !ok.test(n.bigDecimalValue())
                ? Violation.invalid(message) : null;
    }

    /** {@code minLength}/{@code maxLength}, counted in Unicode code points. */
    static Check length(long min, long max) {
        return value -> {
            if (!(value instanceof JsonString s)) {
                return null;
            }
            String text = s.getString();
            int length = text.codePointCount(0, text.length());
            if (length < min) {
                return Violation.invalid("must be at least " + plural(min, "character"));
            }
            if (length > max) {
                return Violation.invalid("must be at most " + plural(max, "character"));
            }
            return null;
        };
    }

    /** {@code pattern}: the regular expression must be found somewhere in the string. */
    static Check pattern(Pattern regex) {
        // "\S" is what @NotBlank becomes; say so in words rather than in regex.
        String message = regex.pattern().equals("\\S") ? "must not be blank"
                : "must match the pattern " + regex.pattern();
        return value -> value instanceof JsonString s && !regex.matcher(s.getString()).find()
                ? Violation.invalid(message) : null;
    }

    /** {@code format}: see {@link Formats}. */
    static Check format(Formats format) {
        String message = "expected a string in format " + format.keyword();
        return value -> value instanceof JsonString s && !format.test(s.getString())
                ? Violation.invalid(message) : null;
    }

    /** {@code contentEncoding: base64} (RFC 4648 standard alphabet with padding). */
    static Check base64() {
        Base64.Decoder decoder = Base64.getDecoder();
        return value -> {
            if (value instanceof JsonString s) {
                String text = s.getString();
                if (text.length() % 4 != 0) {
                    // java.util.Base64 tolerates missing padding; RFC 4648 base64 does not.
                    return Violation.invalid("must be base64-encoded");
                }
                try {
                    decoder.decode(text);
                } catch (IllegalArgumentException e) {
                    return Violation.invalid("must be base64-encoded");
                }
            }
            return null;
        };
    }

    /** The {@code false} schema. */
    static Check nothing() {
        return value -> Violation.invalid("no value is allowed here");
    }

    /** Returns e.g. "1 character" or "40 characters". */
    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
