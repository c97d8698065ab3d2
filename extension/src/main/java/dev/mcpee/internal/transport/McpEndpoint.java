package dev.mcpee.internal.transport;

import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import dev.mcpee.internal.cdi.McpExtension;
import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.invoke.StreamedCall;
import dev.mcpee.internal.invoke.ResultMapper;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.protocol.CallContext;
import dev.mcpee.internal.protocol.McpDispatcher;
import dev.mcpee.internal.protocol.ProtocolVersions;
import dev.mcpee.internal.session.Session;
import dev.mcpee.internal.session.SessionLimitException;
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
import jakarta.json.JsonObject;
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
    McpExtension extension;

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
    /** How long a GET stream stays open: well before the session could expire, since the reconnect keeps it. */
    private Duration serverStreamOpen;

    @PostConstruct
    void init() {
        config = extension.config();
        security = extension.security();
        authenticator = security.authenticator();
        dispatcher = new McpDispatcher(extension.catalogs(), config, security.settings().listAllTools());
        sessions = registry.store();
        Duration half = config.sessionIdleTimeout().dividedBy(2);
        serverStreamOpen = half.compareTo(Duration.ofMinutes(10)) > 0 ? Duration.ofMinutes(10) : half;
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
        if (!config.allowedOrigins().allows(origin)) {
            return done(forbiddenOrigin());
        }
        Authenticator.Result auth = authenticator.authenticate(authorization);
        if (!(auth instanceof Authenticator.Authenticated authenticated)) {
            return done(authReplies.unauthorized(auth));
        }
        TokenCaller caller = authenticated.caller();
        currentCaller.set(caller);
        if (!RequestHeaders.isJson(contentType)) {
            return done(HttpReplies.error(415, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                    "Content-Type must be application/json"));
        }
        AcceptHeader acceptable = AcceptHeader.parse(accept);
        if (!acceptable.json() && !acceptable.sse()) {
            return done(HttpReplies.error(406, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                    "Accept must allow application/json and text/event-stream"));
        }
        if (RequestHeaders.declaresMoreThan(contentLength, config.maxRequestBytes())) {
            return done(tooLarge());
        }
        JsonValue parsed;
        BoundedInputStream bounded = new BoundedInputStream(body, config.maxRequestBytes());
        try {
            parsed = Json.read(bounded);
        } catch (RuntimeException e) {
            // JsonException for bad syntax; providers throw other runtime exceptions for input they refuse
            // (Parsson: plain RuntimeException past 1000 levels of nesting). Either way the input is at fault.
            return done(bounded.exceeded() ? tooLarge() : HttpReplies.error(400, JsonValue.NULL, JsonRpcError.PARSE_ERROR,
                    "Parse error: the body is not valid JSON"));
        }
        JsonRpcMessage message;
        try {
            message = JsonRpcCodec.decode(parsed);
        } catch (JsonRpcError e) {
            return done(HttpReplies.error(400, JsonRpcCodec.salvageId(parsed), e.code(), e.getMessage()));
        }
        if (message instanceof JsonRpcMessage.Request request && "initialize".equals(request.method())) {
            return done(initialize(request, caller));
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
            // The answer to a request a tool sent the client (sampling, elicitation) during a call.
            session.completeRequest(response.id(), response.message());
            return done(HttpReplies.accepted());
        }
        JsonRpcMessage.Request request = (JsonRpcMessage.Request) message;
        McpDispatcher.Plan plan = dispatcher.plan(request, caller);
        if (!(plan.decision() instanceof AccessRule.Allow)) {
            return done(authReplies.refused(plan.decision(), request.id()));
        }
        if (acceptable.sse() && plan.takesContext()) {
            return done(streamCall(request, session, caller));
        }
        // Asynchronous tools are answered as a stream, so the connection carries events while they run.
        boolean sse = !acceptable.json() || acceptable.sse() && plan.async();
        boolean priming = sse && acceptable.json() && session.primesStreams();
        return bounded(request, context).thenApply(r -> sse ? eventStream(new SseStream(r, priming, session.log()))
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
        if (!config.allowedOrigins().allows(origin)) {
            return forbiddenOrigin();
        }
        Authenticator.Result auth = authenticator.authenticate(authorization);
        if (!(auth instanceof Authenticator.Authenticated authenticated)) {
            return authReplies.unauthorized(auth);
        }
        if (sessionId == null || sessionId.isBlank()) {
            return HttpReplies.error(400, JsonValue.NULL, JsonRpcError.INVALID_REQUEST, "Missing Mcp-Session-Id header");
        }
        if (ownedSession(sessionId, authenticated.caller()) == null || !sessions.remove(sessionId)) {
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
        if (!config.allowedOrigins().allows(origin)) {
            return forbiddenOrigin();
        }
        Authenticator.Result auth = authenticator.authenticate(authorization);
        if (!(auth instanceof Authenticator.Authenticated authenticated)) {
            return authReplies.unauthorized(auth);
        }
        if (!AcceptHeader.parse(accept).sse()) {
            return HttpReplies.error(406, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                    "Accept must allow text/event-stream");
        }
        if (sessionId == null || sessionId.isBlank()) {
            return HttpReplies.error(400, JsonValue.NULL, JsonRpcError.INVALID_REQUEST, "Missing Mcp-Session-Id header");
        }
        Session session = ownedSession(sessionId, authenticated.caller());
        if (session == null) {
            return sessionNotFound(JsonValue.NULL);
        }
        int underscore = lastEventId == null ? -1 : lastEventId.lastIndexOf('_');
        if (underscore > 0) {
            String streamId = lastEventId.substring(0, underscore);
            int sequence;
            try {
                sequence = Integer.parseInt(lastEventId.substring(underscore + 1));
            } catch (NumberFormatException e) {
                sequence = -1; // not an id of ours: open the session's stream as usual
            }
            if (sequence >= 0 && streamId.equals(session.serverStreamId())) {
                return resumeServerStream(session, streamId, sequence);
            }
            if (sequence >= 0 && session.log().knows(streamId)) {
                return eventStream(new ReplayStream(session, streamId, sequence));
            }
        }
        long generation = session.openStream();
        if (generation == 0) {
            return streamBusy();
        }
        return eventStream(new ServerStream(session, generation, session.primesStreams(), serverStreamOpen));
    }

    /**
     * The session's server-to-client stream, resumed after a lost connection: its missed events, then the
     * stream goes on. An open stream is asked to leave; one that does not within two seconds is still in use
     * (409).
     */
    private Response resumeServerStream(Session session, String streamId, int after) {
        long generation;
        try {
            generation = session.resumeStream(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            generation = 0;
        }
        if (generation == 0) {
            return streamBusy();
        }
        if (!streamId.equals(session.serverStreamId())) {
            // While waiting, the stream left and another GET opened a new one, which was then asked to leave.
            session.closeStream(generation);
            return HttpReplies.error(409, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                    "This session's stream was replaced by a new one; open it without Last-Event-ID");
        }
        return eventStream(new ServerStream(session, generation, serverStreamOpen, streamId, after));
    }

    /** The caller's session by id; another user presenting the id learns nothing: to them it does not exist. */
    private Session ownedSession(String sessionId, TokenCaller caller) {
        Session session = sessions.find(sessionId);
        return session != null && session.owner().equals(caller.owner()) ? session : null;
    }

    private static Response sessionNotFound(JsonValue id) {
        return HttpReplies.error(404, id, SESSION_NOT_FOUND, "Session not found");
    }

    private static Response streamBusy() {
        return HttpReplies.error(409, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                "This session's stream is already open");
    }

    /** Dispatches a request; one still running after {@code mcp.tools.timeout} is answered as timed out. */
    private CompletableFuture<JsonObject> bounded(JsonRpcMessage.Request request, CallContext context) {
        CompletableFuture<JsonObject> response = dispatcher.request(request, context).toCompletableFuture();
        return response.isDone() ? response : response.completeOnTimeout(timedOut(request.id()),
                config.toolTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Response eventStream(jakarta.ws.rs.core.StreamingOutput stream) {
        return Response.ok(stream, "text/event-stream").header("Cache-Control", "no-cache").build();
    }

    /** The answer when an asynchronous tool outlives {@code mcp.tools.timeout}; the tool itself runs on. */
    private JsonObject timedOut(JsonValue id) {
        return JsonRpcCodec.result(id, ResultMapper.textResult("The tool did not finish within "
                + config.toolTimeout() + "; it may still complete on the server", true));
    }

    private static CompletionStage<Response> done(Response response) {
        return CompletableFuture.completedFuture(response);
    }

    private Response initialize(JsonRpcMessage.Request request, TokenCaller caller) {
        String version;
        try {
            version = dispatcher.initialize().negotiate(request.params());
        } catch (JsonRpcError e) {
            return HttpReplies.json(200, JsonRpcCodec.error(request.id(), e.code(), e.getMessage()));
        }
        Session session;
        try {
            session = sessions.create(version, caller.owner());
        } catch (SessionLimitException e) {
            return HttpReplies.errorBuilder(503, request.id(), JsonRpcError.INTERNAL_ERROR,
                            "The server has too many open sessions; try again later")
                    .header("Retry-After", Long.toString(Duration.ofSeconds(30).toSeconds())).build();
        }
        JsonValue capabilities = request.params().get("capabilities");
        session.clientCapabilities(capabilities instanceof JsonObject o ? o : null);
        JsonObject response = JsonRpcCodec.result(request.id(), dispatcher.initialize().result(version));
        return HttpReplies.jsonBuilder(200, response).header(SESSION_HEADER, session.id()).build();
    }

    /** A tool, prompt or resource that takes the call's context: its notifications stream out while it runs. */
    private Response streamCall(JsonRpcMessage.Request request, Session session, TokenCaller caller) {
        JsonValue token = progressToken(request.params());
        CallStream stream = new CallStream(session.primesStreams(),
                writer -> new StreamedCall(token, writer::eventIfConnected, session, config.toolTimeout(), session::logLevel,
                        extension.jsonb()),
                call -> {
                    session.started(request.id(), call);
                    return new CallContext(session, caller, call);
                },
                context -> bounded(request, context),
                () -> session.ended(request.id()), session.log());
        return eventStream(stream);
    }

    private static JsonValue progressToken(JsonObject params) {
        JsonValue meta = params.get("_meta");
        if (meta != null && meta.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonValue token = meta.asJsonObject().get("progressToken");
            if (token != null && (token.getValueType() == JsonValue.ValueType.STRING
                    || token.getValueType() == JsonValue.ValueType.NUMBER)) {
                return token;
            }
        }
        return null;
    }

    private Response tooLarge() {
        return HttpReplies.error(413, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                "Request body larger than " + config.maxRequestBytes() + " bytes");
    }

    private static Response forbiddenOrigin() {
        return HttpReplies.error(403, JsonValue.NULL, JsonRpcError.INVALID_REQUEST, "Origin not allowed");
    }

    private static JsonValue idOf(JsonRpcMessage message) {
        return message instanceof JsonRpcMessage.Request r ? r.id() : JsonValue.NULL;
    }

}
