package dev.mcpee.internal.jsonrpc;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One incoming JSON-RPC 2.0 message: a request (has an id), a notification (no id), or a response to a
 * request the server sent (result or error).
 */
public sealed interface JsonRpcMessage {

    /**
     * A request the client expects an answer to.
     *
     * @param id     the request id, a string or a number
     * @param method the method name
     * @param params the params object, empty when absent
     */
    record Request(JsonValue id, String method, JsonObject params) implements JsonRpcMessage {
    }

    /**
     * A notification: no answer is sent.
     *
     * @param method the method name
     * @param params the params object, empty when absent
     */
    record Notification(String method, JsonObject params) implements JsonRpcMessage {
    }

    /**
     * A response from the client to a server-initiated request.
     *
     * @param id      the id of the server's request
     * @param message the whole response object
     */
    record Response(JsonValue id, JsonObject message) implements JsonRpcMessage {
    }
}
