package dev.mcpee.internal.protocol;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * Errors as 2026-07-28 words them where it differs from 2025: an unknown resource is {@code -32602} with the
 * URI in {@code data} (SEP-2164), not the retired {@code -32002}.
 */
final class StatelessErrors {

    private StatelessErrors() {
    }

    /**
     * The error a 2026-07-28 client gets for one found while planning.
     *
     * @param error  the error as the 2025 revisions answer it
     * @param params the request's params
     * @return the same error, or its 2026 form
     */
    static JsonRpcError of(JsonRpcError error, JsonObject params) {
        if (error.code() == ResourcesReadHandler.RESOURCE_NOT_FOUND) {
            JsonObject data = params.get("uri") instanceof JsonString uri
                    ? Json.object().add("uri", uri.getString()).build() : null;
            return new JsonRpcError(JsonRpcError.INVALID_PARAMS, error.getMessage(), data);
        }
        return error;
    }
}
