package dev.mcpee.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import jakarta.json.JsonString;

/**
 * The standard headers of a 2026-07-28 POST (SEP-2243), checked against the body so that what an intermediary
 * routes on is what the server executes: {@code Mcp-Method} always, {@code Mcp-Name} for {@code tools/call},
 * {@code prompts/get} ({@code params.name}) and {@code resources/read} ({@code params.uri}). Values are
 * case-sensitive and compared after trimming optional whitespace; a value may be sent as
 * {@code =?base64?<Base64 of UTF-8>?=}, which is decoded strictly (padding and alphabet checked).
 */
final class StandardHeaders {

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");

    private StandardHeaders() {
    }

    /**
     * Checks the headers of a request.
     *
     * @param headers the request's headers
     * @param request the request
     * @throws JsonRpcError {@code -32020} when a header is missing, malformed or differs from the body
     */
    static void check(StreamableHttp.Headers headers, JsonRpcMessage.Request request) {
        String method = value(headers, "Mcp-Method");
        if (!request.method().equals(method)) {
            throw mismatch(method == null ? "The Mcp-Method header is missing"
                    : "The Mcp-Method header (" + RequestHeaders.printable(method) + ") does not match the body's"
                    + " method (" + RequestHeaders.printable(request.method()) + ")");
        }
        String field = switch (request.method()) {
            case "tools/call", "prompts/get" -> "name";
            case "resources/read" -> "uri";
            default -> null;
        };
        if (field == null) {
            return;
        }
        String name = value(headers, "Mcp-Name");
        String body = request.params().get(field) instanceof JsonString s ? s.getString() : null;
        if (name == null || !name.equals(body)) {
            throw mismatch(name == null ? "The Mcp-Name header is missing" : "The Mcp-Name header does not match"
                    + " params." + field);
        }
    }

    /**
     * A header's value, trimmed and decoded.
     *
     * @param headers the request's headers
     * @param name    the header
     * @return the value, or null when absent
     * @throws JsonRpcError {@code -32020} for bad Base64 or characters a header cannot carry
     */
    static String value(StreamableHttp.Headers headers, String name) {
        String raw = headers.get(name);
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.startsWith("=?base64?") && value.endsWith("?=") && value.length() >= "=?base64??=".length()) {
            String encoded = value.substring("=?base64?".length(), value.length() - 2);
            if (encoded.length() % 4 != 0 || !BASE64.matcher(encoded).matches()) {
                throw mismatch("The " + name + " header is not valid Base64 inside =?base64?...?=");
            }
            return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw mismatch("The " + name + " header has characters a header value cannot carry; send it as"
                        + " =?base64?...?=");
            }
        }
        return value;
    }

    static JsonRpcError mismatch(String message) {
        return new JsonRpcError(JsonRpcError.HEADER_MISMATCH, message);
    }
}
