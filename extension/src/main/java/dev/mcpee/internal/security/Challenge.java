package dev.mcpee.internal.security;

import java.util.Set;

/**
 * Builds {@code WWW-Authenticate} values as the MCP authorization spec and RFC 6750 want them. Parameter
 * order matters to real clients: the official TypeScript SDK matches loosely, so {@code resource_metadata}
 * and {@code scope} come before any {@code error_description}.
 */
public final class Challenge {

    private Challenge() {
    }

    /**
     * A 401 challenge.
     *
     * @param metadataUrl the protected resource metadata URL
     * @param scopes      the scopes to request (omitted when empty)
     * @param error       {@code invalid_token} when a token was sent, else null
     * @param description a short reason, or null
     * @return the header value
     */
    public static String unauthorized(String metadataUrl, Set<String> scopes, String error, String description) {
        StringBuilder b = new StringBuilder("Bearer resource_metadata=\"").append(metadataUrl).append('"');
        if (!scopes.isEmpty()) {
            b.append(", scope=\"").append(String.join(" ", scopes)).append('"');
        }
        if (error != null) {
            b.append(", error=\"").append(error).append('"');
        }
        if (description != null) {
            b.append(", error_description=\"").append(quotable(description)).append('"');
        }
        return b.toString();
    }

    /**
     * A 403 {@code insufficient_scope} challenge.
     *
     * @param metadataUrl the protected resource metadata URL
     * @param scopes      every scope the call needs
     * @return the header value
     */
    public static String insufficientScope(String metadataUrl, Set<String> scopes) {
        return "Bearer error=\"insufficient_scope\", scope=\"" + String.join(" ", scopes)
                + "\", resource_metadata=\"" + metadataUrl + "\"";
    }

    /** RFC 6750 error_description: printable ASCII without quote and backslash. */
    private static String quotable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' ? c : ' ');
        }
        return b.toString();
    }
}
