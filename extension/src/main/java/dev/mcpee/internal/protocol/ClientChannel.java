package dev.mcpee.internal.protocol;

import jakarta.json.JsonObject;

/**
 * Where a running call's messages to its client go (progress, log messages, requests): a 2025 call's event
 * stream today, a 2026-07-28 request's own stream later. Owned by the core so that a call does not depend on how
 * the client is connected; what the client can do and the answers to requests come through {@link ClientState}.
 */
@FunctionalInterface
public interface ClientChannel {

    /**
     * Sends a notification or a request on the call's stream; dropped when the client is gone.
     *
     * @param message the JSON-RPC message
     */
    void send(JsonObject message);
}
