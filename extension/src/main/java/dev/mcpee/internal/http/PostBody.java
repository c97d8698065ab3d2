package dev.mcpee.internal.http;

import java.io.IOException;
import java.io.InputStream;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;

/**
 * A POST's body as one JSON-RPC message, or the answer refusing it: 415 not JSON, 406 nothing acceptable,
 * 413 too large, 400 not JSON (-32700) or not one JSON-RPC message (-32600).
 *
 * @param message the message, or null when refused
 * @param refusal the answer, or null
 */
record PostBody(JsonRpcMessage message, HttpReply refusal) {

    /**
     * Reads and decodes the body, bounded by {@code mcp.http.max-request-bytes} and
     * {@code mcp.http.max-json-depth}.
     *
     * @param contentType   the {@code Content-Type} header
     * @param acceptable    the parsed {@code Accept} header
     * @param contentLength the {@code Content-Length} header
     * @param body          the raw body
     * @param maxBytes      the size limit
     * @param maxDepth      the nesting limit
     * @return the message or the refusal
     */
    static PostBody read(String contentType, AcceptHeader acceptable, String contentLength, InputStream body,
                         int maxBytes, int maxDepth) {
        if (!RequestHeaders.isJson(contentType)) {
            return refuse(HttpReply.error(415, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                    "Content-Type must be application/json"));
        }
        if (!acceptable.json() && !acceptable.sse()) {
            return refuse(HttpReply.error(406, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                    "Accept must allow application/json or text/event-stream"));
        }
        if (RequestHeaders.declaresMoreThan(contentLength, maxBytes)) {
            return refuse(tooLarge(maxBytes));
        }
        byte[] bytes;
        try {
            bytes = BodyBytes.read(body, contentLength, maxBytes);
        } catch (IOException e) {
            return refuse(HttpReply.error(400, JsonValue.NULL, JsonRpcError.PARSE_ERROR,
                    "Parse error: the body could not be read"));
        }
        if (bytes == null) {
            return refuse(tooLarge(maxBytes));
        }
        JsonValue parsed;
        try {
            parsed = Json.read(bytes, maxDepth);
        } catch (JsonException e) {
            return refuse(HttpReply.error(400, JsonValue.NULL, JsonRpcError.PARSE_ERROR,
                    "Parse error: the body is not valid JSON, or nested deeper than " + maxDepth + " levels"));
        }
        try {
            return new PostBody(JsonRpcCodec.decode(parsed), null);
        } catch (JsonRpcError e) {
            return refuse(HttpReply.error(400, JsonRpcCodec.salvageId(parsed), e.code(), e.getMessage()));
        }
    }

    private static PostBody refuse(HttpReply response) {
        return new PostBody(null, response);
    }

    private static HttpReply tooLarge(int maxBytes) {
        return HttpReply.error(413, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                "Request body larger than " + maxBytes + " bytes");
    }
}
