package dev.mcpee.internal.schema;

import static dev.mcpee.internal.schema.SchemaJson.FACTORY;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Schemas of the JDK value types that JSON-B (Yasson 3, default configuration) writes as a JSON
 * scalar.
 *
 * <p>Every mapping here was checked against what Yasson actually writes and reads:
 * <ul>
 * <li>Integral types carry their Java range as {@code minimum}/{@code maximum}: Yasson silently wraps
 *     an out-of-range number ({@code 2147483648} read into an {@code int} becomes
 *     {@code -2147483648}), so the range is the only guard.</li>
 * <li>{@code Instant} and {@code OffsetDateTime} are RFC 3339 {@code date-time}, {@code LocalDate}
 *     is {@code date}, {@code OffsetTime} is {@code time}.</li>
 * <li>{@code ZonedDateTime} gets a {@code pattern} instead of {@code format: date-time}: Yasson writes
 *     a region zone as a suffix ({@code 2024-01-02T03:04:05+01:00[Europe/Paris]}), which is not
 *     RFC 3339, and reads both forms.</li>
 * <li>{@code LocalDateTime} and {@code LocalTime} get a {@code pattern}: RFC 3339 {@code date-time}
 *     and {@code time} require an offset, which Yasson neither writes nor accepts for local types.
 *     Seconds are optional because Yasson reads {@code 03:04} as well as {@code 03:04:05}.</li>
 * <li>{@code Duration} is {@code format: duration} plus a pattern for the subset
 *     {@link Duration#parse(CharSequence)} accepts (days, hours, minutes, seconds; no years, months
 *     or weeks). Negative durations, which Yasson writes as e.g. {@code PT-1.5S}, are not described.</li>
 * </ul>
 */
final class ScalarSchemas {

    private static final String DATE = "\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])";
    private static final String TIME_HM = "(?:[01]\\d|2[0-3]):[0-5]\\d";
    private static final String FRACTION = "(?:\\.\\d{1,9})?";

    /** Pattern for {@link LocalDateTime}: date, 'T', time with optional seconds, no offset. */
    static final String LOCAL_DATE_TIME_PATTERN = "^" + DATE + "T" + TIME_HM + "(?::[0-5]\\d" + FRACTION + ")?$";

    /** Pattern for {@link LocalTime}: time with optional seconds, no offset. */
    static final String LOCAL_TIME_PATTERN = "^" + TIME_HM + "(?::[0-5]\\d" + FRACTION + ")?$";

    /** Pattern for {@link ZonedDateTime}: RFC 3339 date-time, optionally followed by a bracketed zone id. */
    static final String ZONED_DATE_TIME_PATTERN = "^" + DATE + "T" + TIME_HM + ":[0-5]\\d" + FRACTION
            + "(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)(?:\\[[^\\]]+\\])?$";

    /** Pattern for the days-to-seconds subset of ISO 8601 durations that {@link Duration} reads. */
    static final String DURATION_PATTERN = "^P(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+" + FRACTION + "S)?)?$";

    private static final Map<Class<?>, JsonObject> SCALARS = build();

    private ScalarSchemas() {
    }

    /** Returns the schema for a scalar class, or {@code null} when {@code type} is not one. */
    static JsonObject forClass(Class<?> type) {
        return SCALARS.get(type);
    }

    private static Map<Class<?>, JsonObject> build() {
        Map<Class<?>, JsonObject> m = new HashMap<>();
        JsonObject bool = simple("boolean");
        m.put(boolean.class, bool);
        m.put(Boolean.class, bool);
        putBoth(m, byte.class, Byte.class, integer(Byte.MIN_VALUE, Byte.MAX_VALUE));
        putBoth(m, short.class, Short.class, integer(Short.MIN_VALUE, Short.MAX_VALUE));
        putBoth(m, int.class, Integer.class, integer(Integer.MIN_VALUE, Integer.MAX_VALUE));
        putBoth(m, long.class, Long.class, integer(Long.MIN_VALUE, Long.MAX_VALUE));
        JsonObject number = simple("number");
        putBoth(m, float.class, Float.class, number);
        putBoth(m, double.class, Double.class, number);
        m.put(BigDecimal.class, number);
        m.put(BigInteger.class, simple("integer"));
        m.put(OptionalInt.class, m.get(int.class));
        m.put(OptionalLong.class, m.get(long.class));
        m.put(OptionalDouble.class, number);
        putBoth(m, char.class, Character.class, FACTORY.createObjectBuilder()
                .add("type", "string").add("minLength", 1).add("maxLength", 1).build());
        m.put(String.class, simple("string"));
        m.put(Instant.class, format("date-time"));
        m.put(OffsetDateTime.class, format("date-time"));
        m.put(ZonedDateTime.class, pattern(ZONED_DATE_TIME_PATTERN));
        m.put(LocalDate.class, format("date"));
        m.put(OffsetTime.class, format("time"));
        m.put(LocalDateTime.class, pattern(LOCAL_DATE_TIME_PATTERN));
        m.put(LocalTime.class, pattern(LOCAL_TIME_PATTERN));
        m.put(Duration.class, FACTORY.createObjectBuilder(format("duration"))
                .add("pattern", DURATION_PATTERN).build());
        m.put(UUID.class, format("uuid"));
        m.put(URI.class, format("uri"));
        m.put(URL.class, format("uri"));
        return Map.copyOf(m);
    }

    private static void putBoth(Map<Class<?>, JsonObject> m, Class<?> primitive, Class<?> box, JsonObject schema) {
        m.put(primitive, schema);
        m.put(box, schema);
    }

    private static JsonObject simple(String type) {
        return FACTORY.createObjectBuilder().add("type", type).build();
    }

    private static JsonObject integer(long min, long max) {
        return FACTORY.createObjectBuilder().add("type", "integer").add("minimum", min).add("maximum", max).build();
    }

    private static JsonObject format(String format) {
        return FACTORY.createObjectBuilder().add("type", "string").add("format", format).build();
    }

    private static JsonObject pattern(String pattern) {
        return FACTORY.createObjectBuilder().add("type", "string").add("pattern", pattern).build();
    }
}
