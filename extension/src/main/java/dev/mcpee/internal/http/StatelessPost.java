package dev.mcpee.internal.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.model.Catalog;
import dev.mcpee.internal.model.ToolDefinition;
import dev.mcpee.internal.observe.Exchange;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.protocol.CallContext;
import dev.mcpee.internal.protocol.ClientChannel;
import dev.mcpee.internal.protocol.InputRound;
import dev.mcpee.internal.protocol.McpDispatcher;
import dev.mcpee.internal.protocol.Plan;
import dev.mcpee.internal.protocol.MultiRoundTrip;
import dev.mcpee.internal.protocol.ProtocolVersions;
import dev.mcpee.internal.protocol.RequestMeta;
import dev.mcpee.internal.protocol.StatelessClient;
import dev.mcpee.internal.protocol.StreamedCall;
import dev.mcpee.internal.security.AccessRule;
import dev.mcpee.internal.security.TokenCaller;
import dev.mcpee.internal.session.Listeners;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;

/**
 * A POST of revision 2026-07-28: no session, the request says everything about itself. The checks run in the
 * order the revision and its conformance suite expect: the {@code MCP-Protocol-Version} header, the required
 * {@code _meta} fields, the header against {@code _meta}, the revision, then {@code Mcp-Method} and
 * {@code Mcp-Name} against the body (all 400, with {@code -32020}, {@code -32602} or {@code -32022}); a method
 * the revision does not have is 404 with {@code -32601}. Closing a call's stream cancels the call.
 */
final class StatelessPost {

    private final McpDispatcher dispatcher;
    private final AuthReplies authReplies;
    private final Duration toolTimeout;
    private final Jsonb jsonb;
    private final ListenRequest listen;
    private final Catalog<ToolDefinition> tools;

    StatelessPost(McpDispatcher dispatcher, AuthReplies authReplies, Duration toolTimeout, Jsonb jsonb,
                  Listeners listeners, Catalog<ToolDefinition> tools) {
        this.tools = tools;
        this.dispatcher = dispatcher;
        this.authReplies = authReplies;
        this.toolTimeout = toolTimeout;
        this.jsonb = jsonb;
        this.listen = new ListenRequest(dispatcher, listeners);
    }

    /**
     * Whether a POST is of the stateless revision: it names no session, and either its version header is
     * not one of the session revisions or its {@code _meta} names a revision. Everything else, {@code initialize}
     * included, keeps the 2025 path.
     *
     * @param headers the request's headers
     * @param message the decoded message
     * @return true for the 2026-07-28 path
     */
    static boolean applies(StreamableHttp.Headers headers, JsonRpcMessage message) {
        String session = headers.get(StreamableHttp.SESSION_HEADER);
        if (session != null && !session.isBlank()) {
            return false;
        }
        String version = headers.get(StreamableHttp.VERSION_HEADER);
        JsonObject params = message instanceof JsonRpcMessage.Request r ? r.params()
                : message instanceof JsonRpcMessage.Notification n ? n.params() : JsonValue.EMPTY_JSON_OBJECT;
        return version != null && !ProtocolVersions.acceptsHeader(version.strip())
                || RequestMeta.declaresRevision(params);
    }

    /**
     * Answers the POST.
     *
     * @param headers    the request's headers
     * @param acceptable what the client accepts
     * @param message    the decoded message
     * @param caller     the admitted caller
     * @param exchange   the request's exchange, ended here or when the request's work ends
     * @return the reply
     */
    CompletionStage<HttpReply> post(StreamableHttp.Headers headers, AcceptHeader acceptable, JsonRpcMessage message,
                                    TokenCaller caller, Exchange exchange) {
        if (message instanceof JsonRpcMessage.Notification) {
            // The revision defines no client notifications over HTTP; one is taken and ignored.
            return done(Observed.ended(exchange, HttpReply.accepted()));
        }
        if (!(message instanceof JsonRpcMessage.Request request)) {
            return done(Observed.ended(exchange, HttpReply.error(400, JsonValue.NULL,
                    JsonRpcError.INVALID_REQUEST,
                    "A 2026-07-28 client sends requests only: the server sends it no requests to answer")));
        }
        RequestMeta meta;
        try {
            meta = checked(headers, request);
        } catch (JsonRpcError e) {
            return done(Observed.ended(exchange, HttpReply.json(400, JsonRpcCodec.error(request.id(), e))));
        }
        exchange.session(meta.revision(), null);
        if ("subscriptions/listen".equals(request.method())) {
            exchange.known(true, true);
            exchange.begin();
            return done(Observed.ended(exchange, listen.open(request, caller, acceptable)));
        }
        Plan plan = dispatcher.plan(request, caller, meta.revision());
        exchange.known(plan.handler() != null, plan.resolved());
        if (plan.handler() == null) {
            return done(Observed.ended(exchange, HttpReply.error(404, request.id(),
                    JsonRpcError.METHOD_NOT_FOUND, "Method not found in revision " + ProtocolVersions.STATELESS
                            + ": " + RequestHeaders.printable(request.method()))));
        }
        if (!(plan.decision() instanceof AccessRule.Allow)) {
            return done(authReplies.refused(plan.decision(), request.id(), exchange));
        }
        exchange.begin();
        StatelessClient client = new StatelessClient(meta);
        InputRound round;
        try {
            round = plan.takesContext() && MultiRoundTrip.applies(request.method())
                    ? dispatcher.rounds().begin(request, caller, meta.capabilities()) : null;
        } catch (JsonRpcError e) {
            return done(Observed.ended(exchange, HttpReply.json(200, JsonRpcCodec.error(request.id(), e))));
        }
        boolean sse = !acceptable.json();
        JsonValue token = StreamedCall.progressToken(request.params());
        if (plan.takesContext() && (sse || acceptable.sse() && (token != null || meta.logLevel() != null))) {
            // Progress or log messages to deliver: the answer is a stream carrying them, then the result.
            return done(HttpReply.events(callStream(plan, request, token, client, caller, round, exchange)));
        }
        CallContext context = plan.takesContext()
                ? new CallContext(client, caller, call(token, client, dropped -> { }, round))
                : new CallContext(client, caller);
        return Observed.executed(exchange, () -> dispatcher.execute(plan, request, context)
                        .thenApply(r -> finish(request, caller, round, r)), r -> sse ? 200 : status(r))
                .thenApply(r -> sse ? SseReply.of(r, false, null) : HttpReply.json(status(r), r));
    }

    /** 400 for an undeclared capability (the revision's rule); any other answer, error or not, is 200. */
    private static int status(JsonObject response) {
        return response.get("error") instanceof JsonObject error
                && error.getInt("code", 0) == JsonRpcError.MISSING_CLIENT_CAPABILITY ? 400 : 200;
    }

    private JsonObject finish(JsonRpcMessage.Request request, TokenCaller caller, InputRound round,
                              JsonObject response) {
        return round == null ? response : dispatcher.rounds().finish(request, caller, round, response);
    }

    private StreamedCall call(JsonValue token, StatelessClient client, ClientChannel channel, InputRound round) {
        StreamedCall call = new StreamedCall(token, client, channel, toolTimeout, jsonb);
        if (round != null) {
            call.inRound(round);
        }
        return call;
    }

    /** The header and {@code _meta} checks, in the order the revision gives them. */
    private RequestMeta checked(StreamableHttp.Headers headers, JsonRpcMessage.Request request) {
        String version = headers.get(StreamableHttp.VERSION_HEADER);
        if (version == null || version.isBlank()) {
            throw mismatch("The MCP-Protocol-Version header is missing");
        }
        RequestMeta meta = RequestMeta.read(request.params());
        if (!version.strip().equals(meta.revision())) {
            throw mismatch("The MCP-Protocol-Version header (" + RequestHeaders.printable(version)
                    + ") does not match params._meta." + RequestMeta.PROTOCOL_VERSION);
        }
        if (!ProtocolVersions.stateless(meta.revision())) {
            var supported = Json.array();
            ProtocolVersions.ALL.forEach(supported::add);
            throw new JsonRpcError(JsonRpcError.UNSUPPORTED_PROTOCOL_VERSION, "Unsupported protocol version: "
                    + RequestHeaders.printable(meta.revision()) + "; supported: " + String.join(", ",
                    ProtocolVersions.ALL) + " (the session revisions through initialize)",
                    Json.object().add("supported", supported).add("requested", meta.revision()).build());
        }
        StandardHeaders.check(headers, request);
        ToolDefinition tool = "tools/call".equals(request.method())
                && request.params().get("name") instanceof JsonString name ? tools.find(name.getString()) : null;
        if (tool != null) {
            ParamHeaders.check(headers, request.params(), tool.descriptor().getJsonObject("inputSchema"));
        }
        return meta;
    }

    private static JsonRpcError mismatch(String message) {
        return new JsonRpcError(JsonRpcError.HEADER_MISMATCH, message);
    }

    /** A method taking the call's context: progress and (when asked for) log messages stream while it runs. */
    private CallStream callStream(Plan plan, JsonRpcMessage.Request request, JsonValue token,
                                  StatelessClient client, TokenCaller caller, InputRound round,
                                  Exchange exchange) {
        AtomicReference<StreamedCall> running = new AtomicReference<>();
        return new CallStream(false, writer -> {
            StreamedCall call = call(token, client, message -> {
                writer.eventIfConnected(message);
                if (writer.gone()) {
                    // The client closed the stream: under this revision that is the call's cancellation.
                    running.get().cancel();
                }
            }, round);
            running.set(call);
            return call;
        }, call -> new CallContext(client, caller, call),
                context -> Observed.executed(exchange, () -> dispatcher.execute(plan, request, context)
                        .thenApply(r -> finish(request, caller, round, r))), exchange::abandoned, null)
                .cancelledByDisconnect();
    }

    private static CompletionStage<HttpReply> done(HttpReply reply) {
        return CompletableFuture.completedFuture(reply);
    }
}
