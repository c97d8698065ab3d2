package dev.mcpee.internal.config;

import java.util.List;
import java.util.Locale;

/**
 * Which browser origins may call the endpoint (the DNS-rebinding defence the MCP transport requires).
 * Requests without an {@code Origin} header are not from a browser page and always pass. Entries are exact
 * origins ({@code https://app.example.com}), origins with any port ({@code http://localhost:*}), or
 * {@code *} for every origin.
 *
 * @param entries the configured entries
 */
public record OriginPolicy(List<String> entries) {

    /**
     * Copies the entries.
     *
     * @param entries the configured entries
     */
    public OriginPolicy {
        entries = entries.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Whether a request carrying this {@code Origin} header may proceed.
     *
     * @param origin the header value, or null when absent
     * @return true when allowed
     */
    public boolean allows(String origin) {
        if (origin == null) {
            return true;
        }
        String o = origin.strip().toLowerCase(Locale.ROOT);
        for (String entry : entries) {
            if (entry.equals("*") || entry.equals(o)) {
                return true;
            }
            if (entry.endsWith(":*")) {
                String host = entry.substring(0, entry.length() - 2);
                if (o.equals(host) || (o.startsWith(host + ":") && isPort(o.substring(host.length() + 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPort(String s) {
        if (s.isEmpty() || s.length() > 5) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
