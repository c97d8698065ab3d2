package dev.mcpee.internal.protocol;

import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import jakarta.json.JsonObject;

/**
 * The JSON-RPC error response for a handler's failure: a {@link JsonRpcError} as it is, a request to the client
 * still unanswered (the round's outcome replaces it), anything else {@code -32603} with a reference the client can
 * quote, the details only in the log.
 */
final class Failures {

    private static final Logger LOG = Logger.getLogger(McpDispatcher.class.getName());

    private Failures() {
    }

    /**
     * The answer when an asynchronous tool outlives {@code mcp.tools.timeout}; the tool itself runs on.
     *
     * @param request   the request
     * @param timeout   the timeout
     * @param stateless the shape of 2026-07-28 results, or null for a 2025 request
     * @return the result response, an error result
     */
    static JsonObject timedOut(JsonRpcMessage.Request request, java.time.Duration timeout,
                               StatelessResults stateless) {
        JsonObject result = dev.mcpee.internal.invoke.ResultMapper.textResult("The tool did not finish within "
                + timeout + "; it may still complete on the server", true);
        return JsonRpcCodec.result(request.id(), stateless == null ? result
                : stateless.complete(request.method(), result));
    }

    static JsonObject response(JsonRpcMessage.Request request, Throwable t) {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (cause instanceof JsonRpcError e) {
            return JsonRpcCodec.error(request.id(), e);
        }
        if (cause instanceof InputRound.InputRequired e) {
            return JsonRpcCodec.error(request.id(), JsonRpcError.INVALID_PARAMS, e.getMessage());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "MCP request " + request.method() + " failed (reference " + reference + ")", cause);
        return JsonRpcCodec.error(request.id(), JsonRpcError.INTERNAL_ERROR,
                "Internal error (reference " + reference + ")");
    }
}
