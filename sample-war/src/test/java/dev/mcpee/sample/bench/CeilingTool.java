package dev.mcpee.sample.bench;

import java.util.concurrent.CompletionStage;

import jakarta.json.JsonObject;

/**
 * One tool as {@link CeilingServlet} serves it: the least a correct server does for the call.
 */
public interface CeilingTool {

    /** @return the tool's name, as mcp-ee's deployment of the same tool names it */
    String name();

    /** @return whether a call reports one progress event first (streamed when the client accepts SSE) */
    default boolean progress() {
        return false;
    }

    /**
     * Runs a call.
     *
     * @param arguments the call's arguments
     * @param caller    the verified caller
     * @return the JSON text of the call's result object, now or later
     */
    CompletionStage<String> call(JsonObject arguments, CeilingTokens.Claims caller);
}
