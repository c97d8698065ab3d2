package dev.mcpee.internal.http;

import java.util.Locale;

/** Small, allocation-light readings of request headers for the endpoint's checks. */
final class RequestHeaders {

    private RequestHeaders() {
    }

    /**
     * Whether a {@code Content-Type} is JSON.
     *
     * @param contentType the header, or null
     * @return true for {@code application/json}, with or without parameters
     */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.toLowerCase(Locale.ROOT).equals("application/json");
    }

    /**
     * Whether a declared {@code Content-Length} exceeds a limit (an unreadable one does not: the body is
     * counted as it is read anyway).
     *
     * @param contentLength the header, or null
     * @param max           the limit in bytes
     * @return true when the declared length is larger
     */
    static boolean declaresMoreThan(String contentLength, long max) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.strip()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * A header value made safe to quote in an error message: at most 40 printable ASCII characters.
     *
     * @param header the value
     * @return the quotable text
     */
    static String printable(String header) {
        String s = header.length() > 40 ? header.substring(0, 40) : header;
        return s.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
