package dev.mcpee.internal.protocol;

import java.util.concurrent.CompletionStage;

import jakarta.json.JsonObject;

/** Handles one MCP request method. */
@FunctionalInterface
public interface RequestHandler {

    /**
     * Handles the request.
     *
     * @param params  the request's params (empty when absent)
     * @param context the call's context
     * @return the result object; may complete exceptionally with a
     *         {@link dev.mcpee.internal.jsonrpc.JsonRpcError}
     * @throws dev.mcpee.internal.jsonrpc.JsonRpcError for protocol errors found at once
     */
    CompletionStage<JsonObject> handle(JsonObject params, CallContext context);
}
