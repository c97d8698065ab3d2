package dev.mcpee.internal.transport;

import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.protocol.StreamedCall;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.protocol.CallContext;
import dev.mcpee.internal.protocol.McpDispatcher;
import dev.mcpee.internal.protocol.ProtocolVersions;
import dev.mcpee.internal.session.Session;
import dev.mcpee.internal.session.SessionRegistry;
import dev.mcpee.internal.session.SessionStore;
import dev.mcpee.internal.security.AccessRule;
import dev.mcpee.internal.security.Authenticator;
import dev.mcpee.internal.security.CurrentCaller;
import dev.mcpee.internal.security.McpSecurity;
import dev.mcpee.internal.security.TokenCaller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Response;

/**
 * The MCP Streamable HTTP endpoint (revisions 2025-06-18 and 2025-11-25): one JSON-RPC message per POST,
 * GET for the session's server-to-client stream (or, with {@code Last-Event-ID}, to resume a dropped one),
 * DELETE to end a session. It owns HTTP concerns
 * only (status codes, headers, sessions, streaming) and hands messages to the {@link McpDispatcher}.
 */
@Path("")
@ApplicationScoped
public class McpEndpoint {

    /** The session header. */
    static final String SESSION_HEADER = "Mcp-Session-Id";
    /** The protocol revision header. */
    static final String VERSION_HEADER = "MCP-Protocol-Version";
    /** JSON-RPC code the official SDKs use for an unknown session. */
    static final int SESSION_NOT_FOUND = -32001;

    @Inject
    Deployment deployment;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ServletContext servletContext;

    @Inject
    SessionRegistry registry;

    private McpConfig config;
    private McpDispatcher dispatcher;
    private SessionStore sessions;
    private McpSecurity security;
    private Authenticator authenticator;
    private AuthReplies authReplies;
    private SessionStreams streams;
    private SessionStart sessionStart;

    @PostConstruct
    void init() {
        config = deployment.config();
        security = deployment.security();
        authenticator = security.authenticator();
        dispatcher = McpDispatcher.of(deployment);
        sessions = registry.store();
        streams = new SessionStreams(config.sessionIdleTimeout());
        sessionStart = new SessionStart(dispatcher.initialize(), sessions);
        authReplies = new AuthReplies(security.metadata() == null ? null
                : security.metadataUrl(servletContext.getContextPath()), security.challengeScopes());
    }

    /**
     * Receives one JSON-RPC message.
     *
     * @param origin        the {@code Origin} header
     * @param contentType   the {@code Content-Type} header
     * @param accept        the {@code Accept} header
     * @param contentLength the {@code Content-Length} header
     * @param sessionId     the {@code Mcp-Session-Id} header
     * @param version       the {@code MCP-Protocol-Version} header
     * @param authorization the {@code Authorization} header
     * @param body          the raw body
     * @param async         where the HTTP response goes, now or when an asynchronous tool completes
     */
    @POST
    public void post(@HeaderParam("Origin") String origin, @HeaderParam("Content-Type") String contentType,
                     @HeaderParam("Accept") String accept, @HeaderParam("Content-Length") String contentLength,
                     @HeaderParam(SESSION_HEADER) String sessionId, @HeaderParam(VERSION_HEADER) String version,
                     @HeaderParam("Authorization") String authorization, InputStream body,
                     @Suspended AsyncResponse async) {
        CompletableFuture<Response> outcome = handle(origin, contentType, accept, contentLength, sessionId, version,
                authorization, body).toCompletableFuture();
        if (outcome.isDone()) {
            // Everything but asynchronous tools: answer on this thread, as a synchronous method would.
            async.resume(outcome.join());
            return;
        }
        // An asynchronous tool: the request thread goes back to the pool until the tool completes. The tool
        // timeout answers first; the container's own async timeout (often 30 s by default) must not.
        async.setTimeout(config.toolTimeout().toMillis() + 10_000, TimeUnit.MILLISECONDS);
        outcome.whenComplete((response, error) -> async.resume(error == null ? response : error));
    }

    private CompletionStage<Response> handle(String origin, String contentType, String accept, String contentLength,
                                             String sessionId, String version, String authorization,
                                             InputStream body) {
        Admission admission = admit(origin, authorization);
        if (admission.refusal() != null) {
            return done(admission.refusal());
        }
        TokenCaller caller = admission.caller();
        currentCaller.set(caller);
        AcceptHeader acceptable = AcceptHeader.parse(accept);
        PostBody read = PostBody.read(contentType, acceptable, contentLength, body, config.maxRequestBytes());
        if (read.refusal() != null) {
            return done(read.refusal());
        }
        JsonRpcMessage message = read.message();
        if (message instanceof JsonRpcMessage.Request request && "initialize".equals(request.method())) {
            return done(sessionStart.initialize(request, caller));
        }
        if (version != null && !ProtocolVersions.acceptsHeader(version)) {
            return done(HttpReplies.error(400, idOf(message), JsonRpcError.INVALID_REQUEST,
                    "Unsupported MCP-Protocol-Version: " + RequestHeaders.printable(version) + "; supported: "
                            + String.join(", ", ProtocolVersions.ACCEPTED_IN_HEADER)));
        }
        if (sessionId == null || sessionId.isBlank()) {
            return done(HttpReplies.error(400, idOf(message), JsonRpcError.INVALID_REQUEST,
                    "Missing Mcp-Session-Id header: send initialize first"));
        }
        Session session = ownedSession(sessionId, caller);
        if (session == null) {
            return done(sessionNotFound(idOf(message)));
        }
        CallContext context = new CallContext(session, caller);
        if (message instanceof JsonRpcMessage.Notification notification) {
            dispatcher.notification(notification, context);
            return done(HttpReplies.accepted());
        }
        if (message instanceof JsonRpcMessage.Response response) {
            dispatcher.response(response, context);
            return done(HttpReplies.accepted());
        }
        JsonRpcMessage.Request request = (JsonRpcMessage.Request) message;
        McpDispatcher.Plan plan = dispatcher.plan(request, caller);
        if (!(plan.decision() instanceof AccessRule.Allow)) {
            return done(authReplies.refused(plan.decision(), request.id()));
        }
        if (acceptable.sse() && plan.takesContext()) {
            return done(streamCall(plan, request, session, caller));
        }
        // Asynchronous tools are answered as a stream, so the connection carries events while they run.
        boolean sse = !acceptable.json() || acceptable.sse() && plan.async();
        boolean priming = sse && acceptable.json() && session.primesStreams();
        return dispatcher.execute(plan, request, context).toCompletableFuture().thenApply(r -> sse ? eventStream(new SseStream(r, priming, session.log()))
                : HttpReplies.json(200, r));
    }

    /**
     * Ends a session.
     *
     * @param origin        the {@code Origin} header
     * @param sessionId     the {@code Mcp-Session-Id} header
     * @param authorization the {@code Authorization} header
     * @return 204, or 400 / 401 / 403 / 404
     */
    @DELETE
    public Response delete(@HeaderParam("Origin") String origin, @HeaderParam(SESSION_HEADER) String sessionId,
                           @HeaderParam("Authorization") String authorization) {
        Admission admission = admit(origin, authorization);
        if (admission.refusal() != null) {
            return admission.refusal();
        }
        if (sessionId == null || sessionId.isBlank()) {
            return HttpReplies.error(400, JsonValue.NULL, JsonRpcError.INVALID_REQUEST, "Missing Mcp-Session-Id header");
        }
        if (ownedSession(sessionId, admission.caller()) == null || !sessions.remove(sessionId)) {
            return sessionNotFound(JsonValue.NULL);
        }
        return Response.noContent().build();
    }

    /**
     * Opens the session's server-to-client stream (notifications not tied to a call).
     *
     * @param origin        the {@code Origin} header
     * @param authorization the {@code Authorization} header
     * @param accept        the {@code Accept} header
     * @param sessionId     the {@code Mcp-Session-Id} header
     * @param lastEventId   the {@code Last-Event-ID} header of a client resuming a stream, or null
     * @return the event stream, or 400 / 401 / 403 / 404 / 406 / 409
     */
    @GET
    public Response get(@HeaderParam("Origin") String origin, @HeaderParam("Authorization") String authorization,
                        @HeaderParam("Accept") String accept, @HeaderParam(SESSION_HEADER) String sessionId,
                        @HeaderParam("Last-Event-ID") String lastEventId) {
        Admission admission = admit(origin, authorization);
        if (admission.refusal() != null) {
            return admission.refusal();
        }
        if (!AcceptHeader.parse(accept).sse()) {
            return HttpReplies.error(406, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                    "Accept must allow text/event-stream");
        }
        if (sessionId == null || sessionId.isBlank()) {
            return HttpReplies.error(400, JsonValue.NULL, JsonRpcError.INVALID_REQUEST, "Missing Mcp-Session-Id header");
        }
        Session session = ownedSession(sessionId, admission.caller());
        if (session == null) {
            return sessionNotFound(JsonValue.NULL);
        }
        return streams.open(session, EventId.parse(lastEventId));
    }

    /**
     * What every method checks first, in this order: the browser origin (DNS rebinding), then the token.
     *
     * @param caller  the verified caller, or null when refused
     * @param refusal the answer when refused, or null
     */
    private record Admission(TokenCaller caller, Response refusal) {
    }

    private Admission admit(String origin, String authorization) {
        if (!config.allowedOrigins().allows(origin)) {
            return new Admission(null, forbiddenOrigin());
        }
        Authenticator.Result auth = authenticator.authenticate(authorization);
        if (!(auth instanceof Authenticator.Authenticated authenticated)) {
            return new Admission(null, authReplies.unauthorized(auth));
        }
        return new Admission(authenticated.caller(), null);
    }

    /** The caller's session by id; another user presenting the id learns nothing: to them it does not exist. */
    private Session ownedSession(String sessionId, TokenCaller caller) {
        return sessions.find(sessionId, caller.owner());
    }

    private static Response sessionNotFound(JsonValue id) {
        return HttpReplies.error(404, id, SESSION_NOT_FOUND, "Session not found");
    }

    static Response eventStream(jakarta.ws.rs.core.StreamingOutput stream) {
        return Response.ok(stream, "text/event-stream").header("Cache-Control", "no-cache").build();
    }

    private static CompletionStage<Response> done(Response response) {
        return CompletableFuture.completedFuture(response);
    }

    /** A tool, prompt or resource that takes the call's context: its notifications stream out while it runs. */
    private Response streamCall(McpDispatcher.Plan plan, JsonRpcMessage.Request request, Session session,
                                TokenCaller caller) {
        JsonValue token = StreamedCall.progressToken(request.params());
        CallStream stream = new CallStream(session.primesStreams(),
                writer -> new StreamedCall(token, new SessionChannel(session, writer::eventIfConnected),
                        config.toolTimeout(), deployment.jsonb()),
                call -> {
                    session.calls().started(request.id(), call::cancel);
                    return new CallContext(session, caller, call);
                },
                context -> dispatcher.execute(plan, request, context).toCompletableFuture(),
                () -> session.calls().ended(request.id()), session.log());
        return eventStream(stream);
    }

    private static Response forbiddenOrigin() {
        return HttpReplies.error(403, JsonValue.NULL, JsonRpcError.INVALID_REQUEST, "Origin not allowed");
    }

    private static JsonValue idOf(JsonRpcMessage message) {
        return message instanceof JsonRpcMessage.Request r ? r.id() : JsonValue.NULL;
    }

}
