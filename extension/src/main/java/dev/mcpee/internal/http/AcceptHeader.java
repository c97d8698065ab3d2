package dev.mcpee.internal.http;

import java.util.Locale;

/**
 * What an {@code Accept} header allows, reduced to the two types the transport can send. A small parser on
 * purpose: it runs on every POST, and only needs to know whether JSON and SSE are acceptable.
 *
 * @param json whether {@code application/json} is acceptable
 * @param sse  whether {@code text/event-stream} is acceptable
 */
record AcceptHeader(boolean json, boolean sse) {

    private static final AcceptHeader ANY = new AcceptHeader(true, true);

    /**
     * Parses the header.
     *
     * @param header the value, or null when absent (anything is acceptable)
     * @return what is acceptable
     */
    static AcceptHeader parse(String header) {
        if (header == null || header.isBlank()) {
            return ANY;
        }
        boolean json = false;
        boolean sse = false;
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            // ";" alone splits into nothing: an empty range, of no use (found by HeaderFuzzTest).
            if (parts.length == 0 || zeroQuality(parts)) {
                continue;
            }
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            switch (type) {
                case "*/*" -> {
                    json = true;
                    sse = true;
                }
                case "application/*", "application/json" -> json = true;
                case "text/*", "text/event-stream" -> sse = true;
                default -> {
                    // other types are of no use to this endpoint
                }
            }
        }
        return new AcceptHeader(json, sse);
    }

    private static boolean zeroQuality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2)) == 0.0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
