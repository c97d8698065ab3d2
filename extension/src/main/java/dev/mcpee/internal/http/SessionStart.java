package dev.mcpee.internal.http;

import java.time.Duration;

import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.observe.Exchange;
import dev.mcpee.internal.protocol.InitializeHandler;
import dev.mcpee.internal.security.TokenCaller;
import dev.mcpee.internal.session.Session;
import dev.mcpee.internal.session.SessionLimitException;
import dev.mcpee.internal.session.SessionStore;
import dev.mcpee.internal.session.StoreUnavailableException;
import jakarta.json.JsonObject;

/**
 * POST {@code initialize}: the protocol negotiates, then a session is created for the caller with what was
 * negotiated, and its id goes back in {@code Mcp-Session-Id}.
 */
final class SessionStart {

    /** When a client refused for the session cap should try again. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final InitializeHandler initialize;
    private final SessionStore sessions;

    SessionStart(InitializeHandler initialize, SessionStore sessions) {
        this.initialize = initialize;
        this.sessions = sessions;
    }

    /**
     * Answers {@code initialize}.
     *
     * @param request  the request
     * @param caller   the verified caller, the session's owner
     * @param exchange the request's exchange, ended here with the negotiated revision and the session
     * @return 200 with the result and the session header, 200 with a JSON-RPC error, or 503 at the session cap
     */
    HttpReply initialize(JsonRpcMessage.Request request, TokenCaller caller, Exchange exchange) {
        String version;
        try {
            version = initialize.negotiate(request.params());
        } catch (JsonRpcError e) {
            return Observed.ended(exchange, HttpReply.json(200, JsonRpcCodec.error(request.id(), e.code(),
                    e.getMessage())));
        }
        exchange.session(version, null);
        HttpReply reply = created(request, caller, version);
        exchange.session(version, reply.header(StreamableHttp.SESSION_HEADER));
        return Observed.ended(exchange, reply);
    }

    private HttpReply created(JsonRpcMessage.Request request, TokenCaller caller, String version) {
        Session session;
        try {
            session = sessions.create(version, caller.owner());
        } catch (SessionLimitException e) {
            return HttpReply.error(503, request.id(), JsonRpcError.INTERNAL_ERROR,
                            "The server has too many open sessions; try again later")
                    .with("Retry-After", Long.toString(RETRY_AFTER.toSeconds()));
        } catch (StoreUnavailableException e) {
            return StreamableHttp.storeUnavailable(request.id());
        }
        try {
            session.clientCapabilities(InitializeHandler.clientCapabilities(request.params()));
        } catch (StoreUnavailableException e) {
            // Nothing half-written: the session the client never heard of goes again.
            try {
                sessions.remove(session.id());
            } catch (StoreUnavailableException again) {
                // Unreachable either way; its idle expiry ends it.
            }
            return StreamableHttp.storeUnavailable(request.id());
        }
        JsonObject response = JsonRpcCodec.result(request.id(), initialize.result(version));
        return HttpReply.json(200, response).with(StreamableHttp.SESSION_HEADER, session.id());
    }
}
