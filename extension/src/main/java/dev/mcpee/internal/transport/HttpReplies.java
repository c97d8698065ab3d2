package dev.mcpee.internal.transport;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the endpoint's HTTP responses; every body is JSON written with the shared JSON-P writer. */
final class HttpReplies {

    /** {@code application/json}: JSON text is UTF-8 by definition (RFC 8259), so no charset parameter. */
    static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;

    private HttpReplies() {
    }

    /**
     * A JSON body.
     *
     * @param status the HTTP status
     * @param body   the JSON object
     * @return the response
     */
    static Response json(int status, JsonObject body) {
        return jsonBuilder(status, body).build();
    }

    /**
     * A JSON body, for adding headers.
     *
     * @param status the HTTP status
     * @param body   the JSON object
     * @return the response builder
     */
    static Response.ResponseBuilder jsonBuilder(int status, JsonObject body) {
        return Response.status(status).type(JSON).entity(Json.bytes(body));
    }

    /**
     * A JSON-RPC error carried by an HTTP error status.
     *
     * @param status  the HTTP status
     * @param id      the request id, or {@link JsonValue#NULL}
     * @param code    the JSON-RPC code
     * @param message the client-facing message
     * @return the response
     */
    static Response error(int status, JsonValue id, int code, String message) {
        return errorBuilder(status, id, code, message).build();
    }

    /**
     * A JSON-RPC error carried by an HTTP error status, for adding headers.
     *
     * @param status  the HTTP status
     * @param id      the request id, or {@link JsonValue#NULL}
     * @param code    the JSON-RPC code
     * @param message the client-facing message
     * @return the response builder
     */
    static Response.ResponseBuilder errorBuilder(int status, JsonValue id, int code, String message) {
        return jsonBuilder(status, JsonRpcCodec.error(id, code, message));
    }

    /**
     * 202 Accepted with no body, for notifications and responses.
     *
     * @return the response
     */
    static Response accepted() {
        return Response.status(202).build();
    }
}
