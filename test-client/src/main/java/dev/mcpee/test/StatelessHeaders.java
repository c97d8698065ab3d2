package dev.mcpee.test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers of a 2026-07-28 request: {@code MCP-Protocol-Version}, and the standard headers of SEP-2243 that
 * repeat the body for intermediaries, {@code Mcp-Method} always and {@code Mcp-Name} for {@code tools/call},
 * {@code prompts/get} (the name) and {@code resources/read} (the URI).
 */
final class StatelessHeaders {

    private StatelessHeaders() {
    }

    /**
     * The headers of one request.
     *
     * @param revision the revision
     * @param method   the method
     * @param name     the tool or prompt name, or resource URI; null for methods without one
     * @return the headers
     */
    static Map<String, String> of(Revision revision, String method, String name) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("MCP-Protocol-Version", revision.version());
        headers.put("Mcp-Method", method);
        if (name != null) {
            headers.put("Mcp-Name", value(name));
        }
        return headers;
    }

    /**
     * A value as a header carries it: unchanged when it is printable ASCII without surrounding spaces, else
     * {@code =?base64?<Base64 of UTF-8>?=}.
     *
     * @param value the value
     * @return the header value
     */
    static String value(String value) {
        boolean plain = !value.isEmpty() && value.strip().equals(value)
                && value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
        return plain ? value : "=?base64?" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))
                + "?=";
    }
}
