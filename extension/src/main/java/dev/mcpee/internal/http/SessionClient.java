package dev.mcpee.internal.http;

import java.util.concurrent.CompletableFuture;

import dev.mcpee.api.McpContext;
import dev.mcpee.internal.config.Limits;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.protocol.ClientState;
import dev.mcpee.internal.session.Peers;
import dev.mcpee.internal.session.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A 2025 session as the core sees its client: what {@code initialize} negotiated, and the session's running
 * calls and pending requests. One per request; it holds nothing of its own.
 *
 * @param session the caller's session
 * @param peers   the other instances sharing the session, which a client's answer or cancellation may concern
 * @param limits  the subscriptions and pending requests a session may hold
 */
public record SessionClient(Session session, Peers peers, Limits limits) implements ClientState {

    /**
     * The client of a session no other instance shares, with the default limits.
     *
     * @param session the session
     */
    public SessionClient(Session session) {
        this(session, Peers.NONE, Limits.DEFAULTS);
    }

    @Override
    public String sessionId() {
        return session.id();
    }

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
        if (!session.subscribed(uri) && session.subscriptions().size() >= limits.maxSubscriptions()) {
            throw new JsonRpcError(JsonRpcError.INVALID_REQUEST, "This session already subscribes to "
                    + limits.maxSubscriptions() + " resources (mcp.session.max-subscriptions); unsubscribe first");
        }
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
        if (!session.calls().cancel(requestId)) {
            // The call may run on another instance that shares this session.
            peers.cancel(session.id(), requestId);
        }
    }

    @Override
    public String openRequest(CompletableFuture<JsonObject> response) {
        if (session.requests().size() >= limits.maxPendingRequests()) {
            throw new IllegalStateException("This session already waits for " + limits.maxPendingRequests()
                    + " answers from the client (mcp.session.max-pending-requests)");
        }
        return session.requests().open(response);
    }

    @Override
    public void answer(JsonValue id, JsonObject message) {
        if (!session.requests().complete(id, message)) {
            // The request may be another instance's that shares this session.
            peers.answer(session.id(), message);
        }
    }
}
