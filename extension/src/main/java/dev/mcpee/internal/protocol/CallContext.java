package dev.mcpee.internal.protocol;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.mcpee.api.Caller;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.PromptMessage;
import jakarta.json.JsonObject;

/**
 * What a request handler knows about the call besides its params.
 *
 * @param client the client behind the request (a 2025 session, or what a stateless request declares)
 * @param caller the verified caller
 * @param call   the call's context for methods that take one (progress, logging, cancellation)
 */
public record CallContext(ClientState client, Caller caller, McpContext call) {

    /**
     * A context whose progress and log messages go nowhere.
     *
     * @param client the client behind the request
     * @param caller the verified caller
     */
    public CallContext(ClientState client, Caller caller) {
        this(client, caller, Silent.INSTANCE);
    }

    /** Drops progress and log messages; never cancelled. */
    private enum Silent implements McpContext {
        INSTANCE;

        @Override
        public void progress(double progress, Double total, String message) {
            // nobody listens
        }

        @Override
        public void log(Level level, String logger, Object data) {
            // nobody listens
        }

        @Override
        public CompletionStage<JsonObject> sample(List<PromptMessage> messages, int maxTokens) {
            return notStreaming();
        }

        @Override
        public CompletionStage<JsonObject> elicit(String message, JsonObject requestedSchema) {
            return notStreaming();
        }

        @Override
        public CompletionStage<JsonObject> roots() {
            return notStreaming();
        }

        @Override
        public boolean cancelled() {
            return false;
        }

        private static CompletionStage<JsonObject> notStreaming() {
            return CompletableFuture.failedFuture(new IllegalStateException("Requests to the client need a"
                    + " streaming call: a tool, prompt or resource method that takes McpContext,"
                    + " called by a client that accepts text/event-stream"));
        }
    }
}
