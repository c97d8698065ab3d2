package dev.mcpee.internal.protocol;

import java.util.concurrent.CompletableFuture;

import dev.mcpee.api.McpContext;
import jakarta.json.JsonObject;

/**
 * The way a running call reaches its client, owned by the core so that it does not depend on how the client is
 * connected: a 2025 session's event stream today, a 2026-07-28 request's own stream later.
 */
public interface ClientChannel {

    /**
     * What the client declared it can do ({@code capabilities} of {@code initialize}, or of a request's
     * {@code _meta}).
     *
     * @return the capabilities, empty when none
     */
    JsonObject clientCapabilities();

    /**
     * The least severe level the client wants log messages of.
     *
     * @return the level, or null for every level
     */
    McpContext.Level logLevel();

    /**
     * Sends a notification or a request on the call's stream; dropped when the client is gone.
     *
     * @param message the JSON-RPC message
     */
    void send(JsonObject message);

    /**
     * Opens a request to the client: a fresh id, unique among this client's requests, whose response (the
     * client's whole response message) completes the future.
     *
     * @param response completed with the client's response message
     * @return the request id to send
     */
    String openRequest(CompletableFuture<JsonObject> response);
}
