package dev.mcpee.internal.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The {@code format} values the validator asserts, each checked cheaply with a precompiled pattern
 * and, for dates and times, a strict {@code java.time} parse so impossible dates fail.
 *
 * <ul>
 * <li>{@code date-time}: RFC 3339 ({@code 2024-01-02T03:04:05.123+02:00}, {@code Z}, case-insensitive
 *     {@code T}/{@code Z}); at most 9 fraction digits and no leap second {@code :60}, because
 *     {@code java.time}, and so JSON-B, reads neither.</li>
 * <li>{@code date}: RFC 3339 full-date. {@code time}: RFC 3339 full-time, offset required.</li>
 * <li>{@code duration}: ISO 8601 as in RFC 3339 appendix A ({@code P1Y2M3DT4H5M6S}, {@code P2W}),
 *     with a decimal fraction allowed on seconds because Java writes {@code PT0.5S}.</li>
 * <li>{@code uuid}: RFC 4122 textual form, any case.</li>
 * <li>{@code email}: one {@code @} with non-empty local part and domain and no whitespace; not a
 *     full RFC 5321 check.</li>
 * <li>{@code uri}: parses as a {@link URI} and is absolute (has a scheme).</li>
 * </ul>
 * Other formats are annotations only and are not checked.
 */
enum Formats {
    /** RFC 3339 date-time. */
    DATE_TIME("date-time") {
        @Override
        boolean test(String s) {
            return DATE_TIME_SYNTAX.matcher(s).matches() && parses(DateTimeFormatter.ISO_OFFSET_DATE_TIME, s);
        }
    },
    /** RFC 3339 full-date. */
    DATE("date") {
        @Override
        boolean test(String s) {
            return DATE_SYNTAX.matcher(s).matches() && parses(DateTimeFormatter.ISO_LOCAL_DATE, s);
        }
    },
    /** RFC 3339 full-time. */
    TIME("time") {
        @Override
        boolean test(String s) {
            return TIME_SYNTAX.matcher(s).matches() && parses(DateTimeFormatter.ISO_OFFSET_TIME, s);
        }
    },
    /** ISO 8601 duration. */
    DURATION("duration") {
        @Override
        boolean test(String s) {
            return DURATION_SYNTAX.matcher(s).matches();
        }
    },
    /** RFC 4122 UUID. */
    UUID("uuid") {
        @Override
        boolean test(String s) {
            return UUID_SYNTAX.matcher(s).matches();
        }
    },
    /** E-mail address, loosely. */
    EMAIL("email") {
        @Override
        boolean test(String s) {
            return EMAIL_SYNTAX.matcher(s).matches();
        }
    },
    /** Absolute URI. */
    URI_FORMAT("uri") {
        @Override
        boolean test(String s) {
            try {
                return new URI(s).isAbsolute();
            } catch (URISyntaxException e) {
                return false;
            }
        }
    };

    private static final Pattern DATE_SYNTAX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME_SYNTAX = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:[Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern TIME_SYNTAX = Pattern.compile(
            "\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:[Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern DURATION_SYNTAX = Pattern.compile(
            "P(?!$)(?:(?:\\d+Y)?(?:\\d+M)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?|\\d+W)");
    private static final Pattern UUID_SYNTAX = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern EMAIL_SYNTAX = Pattern.compile("[^\\s@]+@[^\\s@]+");

    private final String keyword;

    Formats(String keyword) {
        this.keyword = keyword;
    }

    /** Returns the name used in the {@code format} keyword. */
    String keyword() {
        return keyword;
    }

    /** Returns true if the string is in this format. */
    abstract boolean test(String s);

    /** Returns the format for a {@code format} value, or {@code null} if it is not asserted. */
    static Formats byKeyword(String keyword) {
        for (Formats f : values()) {
            if (f.keyword.equals(keyword)) {
                return f;
            }
        }
        return null;
    }

    private static boolean parses(DateTimeFormatter formatter, String s) {
        try {
            formatter.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
