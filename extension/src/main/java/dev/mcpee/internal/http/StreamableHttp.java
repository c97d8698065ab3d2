package dev.mcpee.internal.http;

import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.observe.Exchange;
import dev.mcpee.internal.observe.Observers;
import dev.mcpee.internal.protocol.CallContext;
import dev.mcpee.internal.protocol.McpDispatcher;
import dev.mcpee.internal.protocol.Plan;
import dev.mcpee.internal.protocol.ProtocolVersions;
import dev.mcpee.internal.protocol.StreamedCall;
import dev.mcpee.internal.security.AccessRule;
import dev.mcpee.internal.security.TokenCaller;
import dev.mcpee.internal.session.Listeners;
import dev.mcpee.internal.session.Session;
import dev.mcpee.internal.session.SessionStore;
import dev.mcpee.internal.session.StoreUnavailableException;
import dev.mcpee.internal.session.StreamTimings;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The Streamable HTTP transport, without a web framework: POST carries one JSON-RPC message, GET opens (or with
 * {@code Last-Event-ID} resumes) a 2025 session's server-to-client stream, DELETE ends a session. A POST of
 * revision 2026-07-28 (no session; the request declares its revision) goes to {@link StatelessPost}; everything
 * else follows 2025-06-18 / 2025-11-25. It decides status codes, headers, sessions and streaming, and hands messages
 * to the {@link McpDispatcher}; the servlet in front only translates. Every method first goes through
 * the {@link Gate}: origin, then token; the session is looked up for its owner only after that. Each request is
 * an {@link Exchange} the observers (audit trail, telemetry) read: filled in here as each fact is learnt, begun
 * when the request is allowed to run, and ended once with its answer.
 */
public final class StreamableHttp {

    /** The session header. */
    public static final String SESSION_HEADER = "Mcp-Session-Id";
    /** The protocol revision header. */
    public static final String VERSION_HEADER = "MCP-Protocol-Version";
    /** JSON-RPC code the official SDKs use for an unknown session. */
    static final int SESSION_NOT_FOUND = -32001;

    /** The request's headers, by case-insensitive name. */
    @FunctionalInterface
    public interface Headers {

        /**
         * A header's value.
         *
         * @param name the header name
         * @return its value, or null when absent
         */
        String get(String name);
    }

    private final Deployment deployment;
    private final McpConfig config;
    private final McpDispatcher dispatcher;
    private final SessionStore sessions;
    private final Gate gate;
    private final AuthReplies authReplies;
    private final SessionStreams streams;
    private final SessionStart sessionStart;
    private final StatelessPost stateless;
    private final Observers observers;

    /**
     * Creates the transport.
     *
     * @param deployment  what the deployment serves
     * @param sessions    where sessions live
     * @param listeners   the open {@code subscriptions/listen} streams
     * @param metadataUrl the protected resource metadata URL for challenges, or null without an authorization
     *                    server
     * @param admitted    told the verified caller of each admitted request (what tools inject as the caller)
     */
    public StreamableHttp(Deployment deployment, SessionStore sessions, Listeners listeners, String metadataUrl,
                          Consumer<TokenCaller> admitted) {
        this.deployment = deployment;
        this.config = deployment.config();
        this.dispatcher = McpDispatcher.of(deployment);
        this.sessions = sessions;
        this.authReplies = new AuthReplies(metadataUrl, deployment.security().challengeScopes());
        this.gate = new Gate(config.allowedOrigins(), deployment.security().authenticator(), authReplies, admitted);
        this.streams = new SessionStreams(config.sessionIdleTimeout());
        this.sessionStart = new SessionStart(dispatcher.initialize(), sessions);
        this.stateless = new StatelessPost(dispatcher, authReplies, config.toolTimeout(), deployment.jsonb(),
                listeners, deployment.catalogs().tools());
        this.observers = deployment.observers();
    }

    /**
     * POST: one JSON-RPC message.
     *
     * @param headers the request's headers
     * @param body    the raw body
     * @return the reply; completes later only for an asynchronous tool answered as JSON
     */
    public CompletionStage<HttpReply> post(Headers headers, InputStream body) {
        Exchange exchange = observers.exchange("POST", headers::get);
        try {
            return admitted(headers, body, exchange);
        } catch (StoreUnavailableException e) {
            return done(Observed.ended(exchange, storeUnavailable(JsonValue.NULL)));
        } catch (RuntimeException e) {
            exchange.end(500); // the servlet answers it, with a log reference
            throw e;
        }
    }

    private CompletionStage<HttpReply> admitted(Headers headers, InputStream body, Exchange exchange) {
        Gate.Admission admission = gate.admit(headers, exchange);
        if (admission.refusal() != null) {
            return done(admission.refusal());
        }
        TokenCaller caller = admission.caller();
        AcceptHeader acceptable = AcceptHeader.parse(headers.get("Accept"));
        PostBody read = PostBody.read(headers.get("Content-Type"), acceptable, headers.get("Content-Length"), body,
                config.maxRequestBytes(), config.limits().maxJsonDepth());
        if (read.refusal() != null) {
            return done(Observed.ended(exchange, read.refusal()));
        }
        JsonRpcMessage message = read.message();
        Observed.described(exchange, message);
        if (StatelessPost.applies(headers, message)) {
            return stateless.post(headers, acceptable, message, caller, exchange);
        }
        if (message instanceof JsonRpcMessage.Request request && "initialize".equals(request.method())) {
            exchange.known(true, true);
            exchange.begin();
            return done(sessionStart.initialize(request, caller, exchange));
        }
        String version = headers.get(VERSION_HEADER);
        if (version != null && !ProtocolVersions.acceptsHeader(version)) {
            return done(Observed.ended(exchange, HttpReply.error(400, idOf(message), JsonRpcError.INVALID_REQUEST,
                    "Unsupported MCP-Protocol-Version: " + RequestHeaders.printable(version) + "; supported: "
                            + String.join(", ", ProtocolVersions.ACCEPTED_IN_HEADER))));
        }
        Session session = session(headers, caller);
        if (session == null) {
            return done(Observed.ended(exchange, missingOrUnknown(headers, idOf(message), ": send initialize first")));
        }
        exchange.session(session.protocolVersion(), session.id());
        CallContext context = new CallContext(new SessionClient(session, sessions.peers(), config.limits()), caller);
        if (!(message instanceof JsonRpcMessage.Request request)) {
            exchange.known(message instanceof JsonRpcMessage.Notification n && Observed.knownNotification(n.method()),
                    true);
            exchange.begin();
            Exchange.Scope running = exchange.enter();
            try {
                if (message instanceof JsonRpcMessage.Notification notification) {
                    dispatcher.notification(notification, context);
                } else {
                    dispatcher.response((JsonRpcMessage.Response) message, context);
                }
            } finally {
                running.close();
            }
            return done(Observed.ended(exchange, HttpReply.accepted()));
        }
        Plan plan = dispatcher.plan(request, caller);
        exchange.known(plan.handler() != null, plan.resolved());
        if (!(plan.decision() instanceof AccessRule.Allow)) {
            return done(authReplies.refused(plan.decision(), request.id(), exchange));
        }
        exchange.begin();
        if (acceptable.sse() && plan.takesContext()) {
            return done(HttpReply.events(callStream(plan, request, session, caller, exchange)));
        }
        // Asynchronous tools are answered as a stream, so the connection carries events while they run.
        boolean sse = !acceptable.json() || acceptable.sse() && plan.async();
        boolean priming = sse && acceptable.json() && session.primesStreams();
        return Observed.executed(exchange, () -> dispatcher.execute(plan, request, context)).thenApply(r -> sse
                ? SseReply.of(r, priming, session.log()) : HttpReply.json(200, r));
    }

    /**
     * GET: the session's server-to-client stream (notifications not tied to a call).
     *
     * @param headers the request's headers
     * @return the event stream, or 400 / 401 / 403 / 404 / 406 / 409
     */
    public HttpReply get(Headers headers) {
        Exchange exchange = observers.exchange("GET", headers::get);
        try {
            return Observed.ended(exchange, stream(headers, exchange));
        } catch (StoreUnavailableException e) {
            return Observed.ended(exchange, storeUnavailable(JsonValue.NULL));
        } catch (RuntimeException e) {
            exchange.end(500);
            throw e;
        }
    }

    private HttpReply stream(Headers headers, Exchange exchange) {
        Gate.Admission admission = gate.admit(headers, exchange);
        if (admission.refusal() != null) {
            return admission.refusal();
        }
        if (!AcceptHeader.parse(headers.get("Accept")).sse()) {
            return HttpReply.error(406, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                    "Accept must allow text/event-stream");
        }
        Session session = session(headers, admission.caller());
        if (session == null) {
            return missingOrUnknown(headers, JsonValue.NULL, "");
        }
        exchange.session(session.protocolVersion(), session.id());
        return streams.open(session, EventId.parse(headers.get("Last-Event-ID")));
    }

    /**
     * DELETE: ends a session.
     *
     * @param headers the request's headers
     * @return 204, or 400 / 401 / 403 / 404
     */
    public HttpReply delete(Headers headers) {
        Exchange exchange = observers.exchange("DELETE", headers::get);
        Gate.Admission admission = gate.admit(headers, exchange);
        if (admission.refusal() != null) {
            return admission.refusal();
        }
        try {
            Session session = session(headers, admission.caller());
            if (session == null || !sessions.remove(session.id())) {
                return Observed.ended(exchange, missingOrUnknown(headers, JsonValue.NULL, ""));
            }
            exchange.session(session.protocolVersion(), session.id());
        } catch (StoreUnavailableException e) {
            return Observed.ended(exchange, storeUnavailable(JsonValue.NULL));
        } catch (RuntimeException e) {
            exchange.end(500);
            throw e;
        }
        return Observed.ended(exchange, HttpReply.noContent());
    }

    /**
     * The caller's session named in the request, or null. Another user presenting the id learns nothing: to
     * them it does not exist, and the lookup does not keep it alive.
     */
    private Session session(Headers headers, TokenCaller caller) {
        String id = headers.get(SESSION_HEADER);
        return id == null || id.isBlank() ? null : sessions.find(id, caller.owner());
    }

    /** 503: the shared session store did not answer; the client may try again (nothing was changed). */
    static HttpReply storeUnavailable(JsonValue id) {
        return HttpReply.error(503, id, JsonRpcError.INTERNAL_ERROR, "The session store is not available; try"
                + " again later").with("Retry-After", Long.toString(StreamTimings.RECONNECT.toSeconds()));
    }

    /** 400 without a session id, 404 for an id the caller has no session of. */
    private static HttpReply missingOrUnknown(Headers headers, JsonValue id, String hint) {
        String sessionId = headers.get(SESSION_HEADER);
        if (sessionId == null || sessionId.isBlank()) {
            return HttpReply.error(400, id, JsonRpcError.INVALID_REQUEST, "Missing Mcp-Session-Id header" + hint);
        }
        return HttpReply.error(404, id, SESSION_NOT_FOUND, "Session not found");
    }

    /** A tool, prompt or resource that takes the call's context: its notifications stream out while it runs. */
    private CallStream callStream(Plan plan, JsonRpcMessage.Request request, Session session,
                                  TokenCaller caller, Exchange exchange) {
        JsonValue token = StreamedCall.progressToken(request.params());
        SessionClient client = new SessionClient(session, sessions.peers(), config.limits());
        return new CallStream(session.primesStreams(),
                writer -> {
                    // A shared log keeps which request the stream answers, for a client resuming it elsewhere.
                    session.log().started(writer.streamId(), request.id());
                    return new StreamedCall(token, client, writer::eventIfConnected, config.toolTimeout(),
                            deployment.jsonb());
                },
                call -> {
                    session.calls().started(request.id(), call::cancel);
                    return new CallContext(client, caller, call);
                },
                context -> Observed.executed(exchange, () -> dispatcher.execute(plan, request, context)),
                () -> {
                    session.calls().ended(request.id());
                    exchange.abandoned(); // nothing when the call ended the exchange with its response
                }, session.log());
    }

    private static CompletionStage<HttpReply> done(HttpReply reply) {
        return CompletableFuture.completedFuture(reply);
    }

    private static JsonValue idOf(JsonRpcMessage message) {
        return message instanceof JsonRpcMessage.Request r ? r.id() : JsonValue.NULL;
    }
}
