package dev.mcpee.internal.http;

import java.util.concurrent.CompletableFuture;

import dev.mcpee.api.McpContext;
import dev.mcpee.internal.protocol.ClientState;
import dev.mcpee.internal.session.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A 2025 session as the core sees its client: what {@code initialize} negotiated, and the session's running
 * calls and pending requests. One per request; it holds nothing of its own.
 *
 * @param session the caller's session
 */
public record SessionClient(Session session) implements ClientState {

    @Override
    public String revision() {
        return session.protocolVersion();
    }

    @Override
    public JsonObject capabilities() {
        return session.clientCapabilities();
    }

    @Override
    public McpContext.Level logLevel() {
        return session.logLevel();
    }

    @Override
    public void logLevel(McpContext.Level level) {
        session.logLevel(level);
    }

    @Override
    public void subscribe(String uri) {
        session.subscribe(uri);
    }

    @Override
    public void unsubscribe(String uri) {
        session.unsubscribe(uri);
    }

    @Override
    public void initialized() {
        session.markInitialized();
    }

    @Override
    public void cancel(JsonValue requestId) {
        session.calls().cancel(requestId);
    }

    @Override
    public String openRequest(CompletableFuture<JsonObject> response) {
        return session.requests().open(response);
    }

    @Override
    public void answer(JsonValue id, JsonObject message) {
        session.requests().complete(id, message);
    }
}
