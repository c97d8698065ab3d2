package dev.mcpee.internal.protocol;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.mcpee.api.Caller;
import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.invoke.ResultMapper;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.model.Catalogs;
import dev.mcpee.internal.model.ResourceDefinition;
import dev.mcpee.internal.model.PromptDefinition;
import dev.mcpee.internal.model.ToolDefinition;
import dev.mcpee.internal.security.AccessRule;
import dev.mcpee.internal.security.ToolSecurity;
import dev.mcpee.api.McpContext;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Routes MCP requests and notifications to their handlers and turns outcomes into JSON-RPC responses.
 * Knows nothing of HTTP: the transport decides sessions, status codes and streaming.
 */
public final class McpDispatcher {

    private static final Logger LOG = Logger.getLogger(McpDispatcher.class.getName());
    private static final JsonObject EMPTY = Json.object().build();

    private final InitializeHandler initialize;
    private final ToolsCallHandler toolsCall;
    private final PromptsGetHandler promptsGet;
    private final ResourcesReadHandler resourcesRead;
    private final CompletionHandler completion;
    private final Map<String, RequestHandler> handlers;
    private final Duration toolTimeout;

    /**
     * Creates the dispatcher.
     *
     * @param catalogs what the deployment serves
     * @param config   the server's configuration
     * @param listAll  whether list methods show what the caller may not use
     */
    public McpDispatcher(Catalogs catalogs, McpConfig config, boolean listAll) {
        boolean hasResources = !catalogs.resources().isEmpty() || !catalogs.templates().isEmpty();
        boolean hasCompletions = !catalogs.completions().isEmpty();
        this.initialize = new InitializeHandler(config, !catalogs.prompts().isEmpty(), hasResources, hasCompletions);
        this.toolsCall = new ToolsCallHandler(catalogs.tools());
        this.promptsGet = new PromptsGetHandler(catalogs.prompts());
        this.resourcesRead = new ResourcesReadHandler(catalogs.resources(), catalogs.templates());
        this.completion = new CompletionHandler(catalogs.completions(), catalogs.prompts(), catalogs.templates());
        java.util.HashMap<String, RequestHandler> map = new java.util.HashMap<>();
        map.put("ping", (params, context) -> CompletableFuture.completedFuture(EMPTY));
        map.put("logging/setLevel", McpDispatcher::setLevel);
        map.put("tools/list", new ListHandler<>("tools", catalogs.tools(), config.pageSize(), listAll));
        map.put("tools/call", toolsCall);
        // Only methods of declared capabilities exist; others stay -32601.
        if (!catalogs.prompts().isEmpty()) {
            map.put("prompts/list", new ListHandler<>("prompts", catalogs.prompts(), config.pageSize(), listAll));
            map.put("prompts/get", promptsGet);
        }
        if (hasResources) {
            map.put("resources/list", new ListHandler<>("resources", catalogs.resources(), config.pageSize(),
                    listAll));
            map.put("resources/templates/list", new ListHandler<>("resourceTemplates", catalogs.templates(),
                    config.pageSize(), listAll));
            map.put("resources/read", resourcesRead);
            map.put("resources/subscribe", (params, context) -> subscription(params, context, true));
            map.put("resources/unsubscribe", (params, context) -> subscription(params, context, false));
        }
        if (hasCompletions) {
            map.put("completion/complete", completion);
        }
        this.handlers = Map.copyOf(map);
        this.toolTimeout = config.toolTimeout();
    }

    /**
     * The {@code initialize} handler, which the transport calls itself because it creates the session.
     *
     * @return the handler
     */
    public InitializeHandler initialize() {
        return initialize;
    }

    /**
     * What the transport needs to know of a request before dispatching it, from one lookup of its target.
     *
     * @param decision     whether the caller may make it
     * @param takesContext whether it runs a method taking the call's {@code McpContext} (a tool, prompt or
     *                     resource whose progress, log messages and requests to the client stream while it runs)
     * @param async        whether it runs a tool that completes asynchronously
     */
    public record Plan(AccessRule.Decision decision, boolean takesContext, boolean async) {
    }

    private static final Plan OPEN = new Plan(AccessRule.ALLOW, false, false);

    private static AccessRule.Decision decide(ToolSecurity rule, Caller caller) {
        return rule == null ? AccessRule.ALLOW : AccessRule.decide(rule, caller);
    }

    /**
     * Plans a request: decided before anything is dispatched or streamed, so the transport can answer with an
     * HTTP status. {@code tools/call}, {@code prompts/get}, {@code resources/read} (and subscribe) and
     * {@code completion/complete} target something protected; an unknown name is allowed here and answered
     * by the handler with its error, without a stream.
     *
     * @param request the request
     * @param caller  the verified caller
     * @return the plan
     */
    public Plan plan(JsonRpcMessage.Request request, Caller caller) {
        if (!handlers.containsKey(request.method())) {
            return OPEN;
        }
        try {
            return switch (request.method()) {
                case "tools/call" -> {
                    ToolDefinition tool = toolsCall.tool(request.params());
                    yield new Plan(decide(tool.security(), caller), tool.invoker().takesContext(),
                            tool.invoker().isAsync());
                }
                case "prompts/get" -> {
                    PromptDefinition prompt = promptsGet.prompt(request.params());
                    yield new Plan(decide(prompt.security(), caller), prompt.invoker().takesContext(),
                            false);
                }
                case "resources/read", "resources/subscribe" -> {
                    ResourceDefinition resource = resourcesRead.resource(request.params());
                    yield new Plan(decide(resource.security(), caller),
                            "resources/read".equals(request.method()) && resource.reader().takesContext(), false);
                }
                case "completion/complete" ->
                        new Plan(decide(completion.security(request.params()), caller), false, false);
                default -> OPEN;
            };
        } catch (JsonRpcError e) {
            return OPEN;
        }
    }

    /**
     * Handles a request of an established session.
     *
     * @param request the request
     * @param context the call's context
     * @return the complete JSON-RPC response (success or error); never completes exceptionally; a request
     *         still running after {@code mcp.tools.timeout} is answered as timed out
     */
    public CompletionStage<JsonObject> request(JsonRpcMessage.Request request, CallContext context) {
        CompletableFuture<JsonObject> response = unbounded(request, context).toCompletableFuture();
        return response.isDone() ? response : response.completeOnTimeout(timedOut(request.id()),
                toolTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The answer when an asynchronous tool outlives {@code mcp.tools.timeout}; the tool itself runs on. */
    private JsonObject timedOut(JsonValue id) {
        return JsonRpcCodec.result(id, ResultMapper.textResult("The tool did not finish within " + toolTimeout
                + "; it may still complete on the server", true));
    }

    private CompletionStage<JsonObject> unbounded(JsonRpcMessage.Request request, CallContext context) {
        RequestHandler handler = handlers.get(request.method());
        if (handler == null) {
            String message = "initialize".equals(request.method())
                    ? "This session is already initialized; start a new session without Mcp-Session-Id"
                    : "Method not found: " + Echo.name(request.method());
            return CompletableFuture.completedFuture(
                    JsonRpcCodec.error(request.id(), JsonRpcError.METHOD_NOT_FOUND, message));
        }
        CompletionStage<JsonObject> result;
        try {
            result = handler.handle(request.params(), context);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(error(request, e));
        }
        return result.handle((value, e) -> e == null ? JsonRpcCodec.result(request.id(), value) : error(request, e));
    }

    /**
     * Handles a notification; nothing is sent back.
     *
     * @param notification the notification
     * @param context      the context
     */
    public void notification(JsonRpcMessage.Notification notification, CallContext context) {
        if ("notifications/initialized".equals(notification.method())) {
            context.session().markInitialized();
        } else if ("notifications/cancelled".equals(notification.method())) {
            JsonValue requestId = notification.params().get("requestId");
            if (requestId != null) {
                context.session().calls().cancel(requestId);
            }
        }
        // Other notifications (cancelled, progress, roots/list_changed) need no action from a tools-only server.
    }

    /**
     * Takes a client's response to a request a call sent it (sampling, elicitation, roots); nothing is sent
     * back, and an unknown id is ignored.
     *
     * @param response the response message
     * @param context  the context
     */
    public void response(JsonRpcMessage.Response response, CallContext context) {
        context.session().requests().complete(response.id(), response.message());
    }

    private static CompletionStage<JsonObject> subscription(JsonObject params, CallContext context, boolean on) {
        JsonValue uri = params.get("uri");
        if (!(uri instanceof JsonString s)) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "params.uri (a string) is missing");
        }
        if (on) {
            context.session().subscribe(s.getString());
        } else {
            context.session().unsubscribe(s.getString());
        }
        return CompletableFuture.completedFuture(EMPTY);
    }

    private static CompletionStage<JsonObject> setLevel(JsonObject params, CallContext context) {
        JsonValue level = params.get("level");
        McpContext.Level parsed = null;
        if (level instanceof JsonString s) {
            for (McpContext.Level l : McpContext.Level.values()) {
                if (l.name().equalsIgnoreCase(s.getString())) {
                    parsed = l;
                }
            }
        }
        if (parsed == null) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "logging/setLevel needs params.level, one of debug,"
                    + " info, notice, warning, error, critical, alert, emergency");
        }
        context.session().logLevel(parsed);
        return CompletableFuture.completedFuture(EMPTY);
    }

    private static JsonObject error(JsonRpcMessage.Request request, Throwable t) {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (cause instanceof JsonRpcError e) {
            return JsonRpcCodec.error(request.id(), e.code(), e.getMessage());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "MCP request " + request.method() + " failed (reference " + reference + ")", cause);
        return JsonRpcCodec.error(request.id(), JsonRpcError.INTERNAL_ERROR,
                "Internal error (reference " + reference + ")");
    }
}
