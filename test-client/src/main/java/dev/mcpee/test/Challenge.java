package dev.mcpee.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One authentication challenge of a {@code WWW-Authenticate} header (RFC 9110 section 11.6.1), such as
 * {@code Bearer error="insufficient_scope", scope="a b", resource_metadata="..."} (RFC 6750, RFC 9728).
 * Parameter names are compared without regard to case; quoted values are unescaped.
 *
 * @param scheme the scheme as sent, e.g. {@code Bearer}
 * @param params the parameters, names in lower case, in the order sent
 */
public record Challenge(String scheme, Map<String, String> params) {

    /**
     * A challenge.
     *
     * @param scheme the scheme
     * @param params the parameters (names are lower-cased)
     */
    public Challenge {
        Map<String, String> lower = new LinkedHashMap<>();
        params.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        params = Collections.unmodifiableMap(lower);
    }

    /**
     * Every challenge in the values of {@code WWW-Authenticate} headers. A value may hold several challenges,
     * separated by commas; parts that are not a challenge are skipped.
     *
     * @param headerValues the header's values
     * @return the challenges, in order
     */
    public static List<Challenge> parse(List<String> headerValues) {
        List<Challenge> all = new ArrayList<>();
        headerValues.forEach(v -> new Reader(v).challenges(all));
        return all;
    }

    /**
     * The first {@code Bearer} challenge in the values of {@code WWW-Authenticate} headers.
     *
     * @param headerValues the header's values
     * @return the challenge, or empty when there is none
     */
    public static Optional<Challenge> bearer(List<String> headerValues) {
        return parse(headerValues).stream().filter(c -> c.scheme().equalsIgnoreCase("Bearer")).findFirst();
    }

    /**
     * A parameter.
     *
     * @param name the name, any case
     * @return the value, or empty when absent
     */
    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The {@code scope} parameter split at spaces: the scopes the resource asks for.
     *
     * @return the scopes, empty when there is no {@code scope}
     */
    public List<String> scopes() {
        return param("scope").map(s -> Arrays.stream(s.trim().split("\\s+")).filter(x -> !x.isEmpty()).toList())
                .orElse(List.of());
    }

    /** Reads challenges from one header value, left to right. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        void challenges(List<Challenge> into) {
            while (skip(" \t,") < text.length()) {
                String scheme = token();
                if (scheme.isEmpty()) {
                    pos++;
                    continue;
                }
                Map<String, String> params = new LinkedHashMap<>();
                while (param(params)) {
                    // one parameter per round
                }
                into.add(new Challenge(scheme, params));
            }
        }

        /** Reads one {@code name=value} with its trailing comma; false (position unchanged) when none is next. */
        private boolean param(Map<String, String> params) {
            int start = pos;
            skip(" \t,");
            String name = token();
            skip(" \t");
            if (name.isEmpty() || pos >= text.length() || text.charAt(pos) != '=') {
                pos = start;
                return false;
            }
            pos++;
            skip(" \t");
            boolean isQuoted = pos < text.length() && text.charAt(pos) == '"';
            String value = isQuoted ? quoted() : token();
            if (!isQuoted && value.isEmpty()) {
                // a token68 ending in '=' (Basic dXNlcg==), not a parameter: skipped
                while (pos < text.length() && text.charAt(pos) == '=') {
                    pos++;
                }
                return true;
            }
            params.put(name, value);
            return true;
        }

        private String token() {
            int start = pos;
            while (pos < text.length() && isTokenChar(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private String quoted() {
            StringBuilder value = new StringBuilder();
            pos++;
            while (pos < text.length() && text.charAt(pos) != '"') {
                char c = text.charAt(pos++);
                if (c == '\\' && pos < text.length()) {
                    c = text.charAt(pos++);
                }
                value.append(c);
            }
            pos++;
            return value.toString();
        }

        private int skip(String chars) {
            while (pos < text.length() && chars.indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            return pos;
        }

        private static boolean isTokenChar(char c) {
            return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
        }
    }
}
