package dev.mcpee.api;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.json.JsonObject;

/**
 * The call in progress, for tools, prompts and resources that report progress, log to the client, ask the
 * client something or stop when cancelled. Declare a parameter of this type on an {@link McpTool},
 * {@link McpPrompt} or {@link McpResource} method (it is not an argument, not a URI variable and not in the
 * input schema); the extension passes the context of the current {@code tools/call}, {@code prompts/get} or
 * {@code resources/read}.
 *
 * <pre>{@code
 * @McpTool(description = "Imports the clinic's records")
 * public String importRecords(McpContext call) {
 *     for (int i = 1; i <= 10 && !call.cancelled(); i++) {
 *         importBatch(i);
 *         call.progress(i, 10, "batch " + i + " of 10");
 *     }
 *     call.log(McpContext.Level.INFO, "import", "import finished");
 *     return "done";
 * }
 * }</pre>
 *
 * A request for a method that takes a context is answered as a server-sent event stream when the client
 * accepts one, so progress and log messages reach the client while the method runs; otherwise they are dropped and the result
 * comes as plain JSON. Methods are safe to call from any thread during the call and do nothing afterwards.
 */
public interface McpContext {

    /** Log levels, as RFC 5424 syslog severities (the MCP logging levels). */
    enum Level {
        /** Detailed debugging information. */
        DEBUG,
        /** Normal operational messages. */
        INFO,
        /** Normal but significant events. */
        NOTICE,
        /** Warning conditions. */
        WARNING,
        /** Error conditions. */
        ERROR,
        /** Critical conditions. */
        CRITICAL,
        /** Action must be taken immediately. */
        ALERT,
        /** System is unusable. */
        EMERGENCY
    }

    /**
     * Reports progress, as {@code notifications/progress}, when the caller asked for it (its request carries a
     * progress token); otherwise does nothing. Values must increase: a value not above the last one is dropped.
     *
     * @param progress how far the work is
     * @param total    the value at completion, or null when unknown
     * @param message  a human-readable message, or null
     */
    void progress(double progress, Double total, String message);

    /**
     * Sends a log message to the client ({@code notifications/message}) when its level is at least the one the
     * client set with {@code logging/setLevel} (none set: every level is sent).
     *
     * @param level  the severity
     * @param logger the logger name, or null
     * @param data   the message: a string, or any value JSON-B can serialize
     */
    void log(Level level, String logger, Object data);

    /**
     * Asks the client's model for a completion ({@code sampling/createMessage}), during the call. The client
     * must have declared the {@code sampling} capability and the call must be streaming (the client accepts
     * {@code text/event-stream}); otherwise the stage fails with an {@link IllegalStateException}.
     *
     * <pre>{@code
     * String answer = call.sample(List.of(PromptMessage.user("Summarize: " + notes)), 200)
     *         .toCompletableFuture().join().getJsonObject("content").getString("text");
     * }</pre>
     *
     * @param messages  the conversation to complete
     * @param maxTokens the most tokens to sample
     * @return the client's result ({@code role}, {@code content}, {@code model}, {@code stopReason}); fails with
     *         a {@link ToolException} carrying the client's error message when the client refuses
     */
    CompletionStage<JsonObject> sample(List<PromptMessage> messages,
                                                                           int maxTokens);

    /**
     * Asks the user for input through the client ({@code elicitation/create}, form mode), during the call. The
     * client must have declared the {@code elicitation} capability and the call must be streaming.
     *
     * <pre>{@code
     * JsonObject schema = Json.createObjectBuilder().add("type", "object")
     *         .add("properties", Json.createObjectBuilder().add("date", Json.createObjectBuilder()
     *                 .add("type", "string").add("format", "date")))
     *         .add("required", Json.createArrayBuilder().add("date")).build();
     * JsonObject answer = call.elicit("Which day suits you?", schema).toCompletableFuture().join();
     * if ("accept".equals(answer.getString("action"))) { ... answer.getJsonObject("content") ... }
     * }</pre>
     *
     * @param message         what to ask
     * @param requestedSchema a flat JSON Schema object of primitive properties (defaults, enums and titled
     *                        enums per SEP-1034 and SEP-1330 are passed through as written)
     * @return the client's result: {@code action} ({@code accept}, {@code decline}, {@code cancel}) and, on
     *         accept, {@code content}
     */
    CompletionStage<JsonObject> elicit(String message,
                                                                           JsonObject requestedSchema);

    /**
     * Asks the client for its roots ({@code roots/list}): the directories or URIs it lets the server work in.
     * The client must have declared the {@code roots} capability and the call must be streaming.
     *
     * @return the client's result, {@code {"roots": [{"uri": ..., "name": ...}]}}
     */
    CompletionStage<JsonObject> roots();

    /**
     * {@link #sample(List, int)} under a key of the caller's choosing. Under 2025 sessions the key is not sent.
     * Under 2026-07-28 there are no requests from the server during a call: the call ends with an
     * {@code input_required} result naming each request under its key, the client answers and retries the
     * call, and the method runs again, this time getting the answer. Without a key the requests of a call are
     * named {@code sampling}, {@code sampling-2}, ... in the order it makes them.
     *
     * @param key       the request's key, unique within the call
     * @param messages  the conversation to complete
     * @param maxTokens the most tokens to sample
     * @return as {@link #sample(List, int)}
     */
    default CompletionStage<JsonObject> sample(String key, List<PromptMessage> messages, int maxTokens) {
        return sample(messages, maxTokens);
    }

    /**
     * {@link #elicit(String, JsonObject)} under a key of the caller's choosing (see
     * {@link #sample(String, List, int)}; default keys {@code elicitation}, {@code elicitation-2}, ...).
     *
     * @param key             the request's key, unique within the call
     * @param message         what to ask
     * @param requestedSchema the form's schema
     * @return as {@link #elicit(String, JsonObject)}
     */
    default CompletionStage<JsonObject> elicit(String key, String message, JsonObject requestedSchema) {
        return elicit(message, requestedSchema);
    }

    /**
     * {@link #roots()} under a key of the caller's choosing (see {@link #sample(String, List, int)}; default
     * keys {@code roots}, {@code roots-2}, ...).
     *
     * @param key the request's key, unique within the call
     * @return as {@link #roots()}
     */
    default CompletionStage<JsonObject> roots(String key) {
        return roots();
    }

    /**
     * Whether {@link #sample} can reach the client in this call: the client declared the {@code sampling}
     * capability, and the call can carry a request to it (a streaming call of a 2025 session, or a 2026-07-28
     * request, whose call then ends as {@code input_required} until the client answers). Lets a method take
     * another path, such as asking for structured arguments, instead of failing.
     *
     * @return true when a sampling request can be made now
     */
    default boolean canSample() {
        return false;
    }

    /**
     * Whether {@link #elicit} can reach the client in this call (see {@link #canSample()}): the client declared
     * the {@code elicitation} capability and the call can carry a request to it. A tool that asks for a
     * confirmation before a change can go ahead without one where the client cannot be asked.
     *
     * @return true when an elicitation request can be made now
     */
    default boolean canElicit() {
        return false;
    }

    /**
     * Lets a long call give up its connection (SSE polling, SEP-1699, 2025-11-25 sessions): the call's event
     * stream ends now, the method goes on, and what it reports from here on, its result included, is kept for
     * the client, which reconnects with {@code GET} and {@code Last-Event-ID} (the stream's priming event told it
     * when to retry) and gets it there. Useful behind proxies that cut long-lived connections. Does nothing where
     * the call's stream cannot be resumed (2025-06-18 sessions, a JSON answer, 2026-07-28 requests).
     */
    default void detach() {
        // Nothing to release unless the call streams and can be resumed.
    }

    /**
     * Whether the client cancelled the call ({@code notifications/cancelled}); the method should stop. Its result
     * is not sent.
     *
     * @return true once cancelled
     */
    boolean cancelled();
}
