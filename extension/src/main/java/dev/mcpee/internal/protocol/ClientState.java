package dev.mcpee.internal.protocol;

import java.util.concurrent.CompletableFuture;

import dev.mcpee.api.McpContext;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The client behind one request, as the core sees it, whoever supplies it: under 2025-06-18 and 2025-11-25 the
 * transport adapts the session that {@code initialize} began; a stateless revision supplies what the request
 * declares itself. The core reads and changes the client only through this interface, so it knows nothing of
 * sessions or of how they are stored.
 */
public interface ClientState {

    /**
     * The protocol revision this request speaks.
     *
     * @return the revision, e.g. {@code 2025-11-25}
     */
    String revision();

    /**
     * The session this client state belongs to, for limits counted per session.
     *
     * @return the session id, or null for a request without a session (2026-07-28)
     */
    default String sessionId() {
        return null;
    }

    /**
     * What the client declared it can do.
     *
     * @return the capabilities, empty when none
     */
    JsonObject capabilities();

    /**
     * The least severe level the client wants log messages of.
     *
     * @return the level, or null for every level
     */
    McpContext.Level logLevel();

    /**
     * Whether the client wants log messages at all (a 2025 session always may; a 2026-07-28 request only when
     * its {@code _meta} names a level).
     *
     * @return true when log messages at or above {@link #logLevel()} may be sent
     */
    default boolean wantsLogs() {
        return true;
    }

    /**
     * Records {@code logging/setLevel}.
     *
     * @param level the new level
     */
    void logLevel(McpContext.Level level);

    /**
     * Records {@code resources/subscribe}.
     *
     * @param uri the resource URI
     */
    void subscribe(String uri);

    /**
     * Records {@code resources/unsubscribe}.
     *
     * @param uri the resource URI
     */
    void unsubscribe(String uri);

    /** Records {@code notifications/initialized}. */
    void initialized();

    /**
     * Cancels a running call of this client ({@code notifications/cancelled}); unknown ids are ignored.
     *
     * @param requestId the id of the client's request
     */
    void cancel(JsonValue requestId);

    /**
     * Whether the server may send this client requests of its own (sampling, elicitation, roots) while a call
     * runs. A 2026-07-28 client takes none: such requests travel inside the call's result instead.
     *
     * @return true for a 2025 session
     */
    default boolean takesRequests() {
        return true;
    }

    /**
     * Opens a request to the client: a fresh id, unique among this client's requests, whose response (the
     * client's whole response message) completes the future.
     *
     * @param response completed with the client's response message
     * @return the request id to send
     */
    String openRequest(CompletableFuture<JsonObject> response);

    /**
     * Delivers the client's response to a request opened with {@link #openRequest}; unknown ids are ignored.
     *
     * @param id      the response's id
     * @param message the whole response message
     */
    void answer(JsonValue id, JsonObject message);
}
