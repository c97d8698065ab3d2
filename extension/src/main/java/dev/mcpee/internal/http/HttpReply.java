package dev.mcpee.internal.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One HTTP answer of the MCP endpoint, independent of the web framework that sends it: a status, headers, and
 * either a complete body or an event stream written while the connection stays open.
 *
 * @param status      the HTTP status
 * @param contentType the media type of the body, or null without one
 * @param headers     further headers, in the order they are sent
 * @param body        the complete body, or null
 * @param stream      the event stream, or null
 * @param message     the JSON-RPC message the body was written from, or null: what observers read of the answer
 *                    without parsing the body back
 */
public record HttpReply(int status, String contentType, Map<String, String> headers, byte[] body,
                        EventStream stream, JsonObject message) {

    /** The JSON media type. */
    public static final String JSON = "application/json";
    /** The event stream media type. */
    public static final String EVENT_STREAM = "text/event-stream";

    /** Keeps the headers unmodifiable and in their order. */
    public HttpReply {
        headers = headers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * A JSON body.
     *
     * @param status the status
     * @param body   the JSON object
     * @return the reply
     */
    public static HttpReply json(int status, JsonObject body) {
        return new HttpReply(status, JSON, Map.of(), Json.bytes(body), null, body);
    }

    /**
     * A body of bytes prepared once.
     *
     * @param status      the status
     * @param contentType the body's media type
     * @param body        the bytes
     * @return the reply
     */
    public static HttpReply bytes(int status, String contentType, byte[] body) {
        return new HttpReply(status, contentType, Map.of(), body, null, null);
    }

    /**
     * A JSON-RPC error response as the body.
     *
     * @param status  the status
     * @param id      the request id, or {@code null}
     * @param code    the JSON-RPC error code
     * @param message the error message
     * @return the reply
     */
    public static HttpReply error(int status, JsonValue id, int code, String message) {
        return json(status, JsonRpcCodec.error(id, code, message));
    }

    /**
     * 202 Accepted with no body: a notification or a response was taken.
     *
     * @return the reply
     */
    public static HttpReply accepted() {
        return new HttpReply(202, null, Map.of(), null, null, null);
    }

    /**
     * 204 No Content.
     *
     * @return the reply
     */
    public static HttpReply noContent() {
        return new HttpReply(204, null, Map.of(), null, null, null);
    }

    /**
     * 200 with an event stream; caches must not keep it.
     *
     * @param stream writes the events
     * @return the reply
     */
    public static HttpReply events(EventStream stream) {
        return new HttpReply(200, EVENT_STREAM, Map.of("Cache-Control", "no-cache"), null, stream, null);
    }

    /**
     * This reply with one more header.
     *
     * @param name  the header name
     * @param value its value
     * @return the new reply
     */
    public HttpReply with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpReply(status, contentType, more, body, stream, message);
    }

    /**
     * A header of this reply.
     *
     * @param name the header name, exactly as set
     * @return the value, or null
     */
    public String header(String name) {
        return headers.get(name);
    }
}
