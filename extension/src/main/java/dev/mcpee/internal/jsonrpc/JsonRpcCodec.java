package dev.mcpee.internal.jsonrpc;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads JSON-RPC 2.0 messages from parsed JSON and builds the response objects. Knows nothing of MCP or
 * HTTP.
 */
public final class JsonRpcCodec {

    private static final JsonValue VERSION = Json.string("2.0");

    private JsonRpcCodec() {
    }

    /**
     * Classifies one message. Batches (arrays) are refused: MCP since 2025-06-18 sends one message per POST.
     *
     * @param value the parsed body
     * @return the message
     * @throws JsonRpcError {@link JsonRpcError#INVALID_REQUEST} when the value is not a JSON-RPC 2.0 message
     */
    public static JsonRpcMessage decode(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            throw new JsonRpcError(JsonRpcError.INVALID_REQUEST,
                    "JSON-RPC batches are not supported: send one message per request");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new JsonRpcError(JsonRpcError.INVALID_REQUEST, "A JSON-RPC message must be a JSON object");
        }
        JsonObject message = value.asJsonObject();
        if (!VERSION.equals(message.get("jsonrpc"))) {
            throw new JsonRpcError(JsonRpcError.INVALID_REQUEST, "\"jsonrpc\" must be \"2.0\"");
        }
        JsonValue id = message.get("id");
        if (id != null && !validId(id)) {
            throw new JsonRpcError(JsonRpcError.INVALID_REQUEST, "\"id\" must be a string or an integer");
        }
        JsonValue method = message.get("method");
        if (method == null) {
            if (id != null && (message.containsKey("result") || message.containsKey("error"))) {
                return new JsonRpcMessage.Response(id, message);
            }
            throw new JsonRpcError(JsonRpcError.INVALID_REQUEST, "\"method\" is missing");
        }
        if (method.getValueType() != JsonValue.ValueType.STRING) {
            throw new JsonRpcError(JsonRpcError.INVALID_REQUEST, "\"method\" must be a string");
        }
        JsonValue params = message.get("params");
        JsonObject paramsObject;
        if (params == null) {
            paramsObject = JsonValue.EMPTY_JSON_OBJECT;
        } else if (params.getValueType() == JsonValue.ValueType.OBJECT) {
            paramsObject = params.asJsonObject();
        } else {
            // MCP defines every params as an object; a positional array can never be right.
            throw new JsonRpcError(JsonRpcError.INVALID_REQUEST, "\"params\" must be an object");
        }
        String name = ((JsonString) method).getString();
        return id == null ? new JsonRpcMessage.Notification(name, paramsObject)
                : new JsonRpcMessage.Request(id, name, paramsObject);
    }

    /**
     * The id of a message that failed to decode, if one can be salvaged, so the error can name it.
     *
     * @param value the parsed body
     * @return the id, or {@link JsonValue#NULL}
     */
    public static JsonValue salvageId(JsonValue value) {
        if (value != null && value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonValue id = value.asJsonObject().get("id");
            if (id != null && validId(id)) {
                return id;
            }
        }
        return JsonValue.NULL;
    }

    /**
     * A notification (no id, no response expected).
     *
     * @param method the method
     * @param params the params, or null for none
     * @return the notification
     */
    public static JsonObject notification(String method, JsonObjectBuilder params) {
        JsonObjectBuilder b = Json.object().add("jsonrpc", "2.0").add("method", method);
        return (params == null ? b : b.add("params", params)).build();
    }

    /**
     * A success response.
     *
     * @param id     the request id
     * @param result the result object
     * @return the response
     */
    public static JsonObject result(JsonValue id, JsonObject result) {
        return Json.object().add("jsonrpc", VERSION).add("id", id).add("result", result).build();
    }

    /**
     * An error response.
     *
     * @param id      the request id, or {@link JsonValue#NULL} when unknown
     * @param code    the error code
     * @param message the client-facing message
     * @return the response
     */
    public static JsonObject error(JsonValue id, int code, String message) {
        return error(id, code, message, null);
    }

    /**
     * An error response with structured details.
     *
     * @param id      the request id, or {@link JsonValue#NULL} when unknown
     * @param code    the error code
     * @param message the client-facing message
     * @param data    the error's {@code data}, or null for none
     * @return the response
     */
    public static JsonObject error(JsonValue id, int code, String message, JsonObject data) {
        var error = Json.object().add("code", code).add("message", message);
        if (data != null) {
            error.add("data", data);
        }
        return Json.object().add("jsonrpc", VERSION).add("id", id).add("error", error).build();
    }

    /**
     * The error response for a {@link JsonRpcError}, with its data.
     *
     * @param id    the request id
     * @param error the error
     * @return the response
     */
    public static JsonObject error(JsonValue id, JsonRpcError error) {
        return error(id, error.code(), error.getMessage(), error.data());
    }

    private static boolean validId(JsonValue id) {
        return switch (id.getValueType()) {
            case STRING -> true;
            case NUMBER -> ((JsonNumber) id).isIntegral();
            default -> false;
        };
    }
}
