package dev.mcpee.internal.protocol;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.mcpee.api.Caller;
import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.model.Catalogs;
import dev.mcpee.internal.model.PromptDefinition;
import dev.mcpee.internal.model.ToolDefinition;
import dev.mcpee.internal.security.AccessRule;
import dev.mcpee.internal.security.Listing;
import dev.mcpee.internal.security.ToolSecurity;
import dev.mcpee.api.McpContext;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Routes MCP requests and notifications to their handlers and turns outcomes into JSON-RPC responses.
 * Knows nothing of HTTP: the transport decides sessions, status codes and streaming.
 */
public final class McpDispatcher {

    private final InitializeHandler initialize;
    private final ToolsCallHandler toolsCall;
    private final CallLimits limits;
    private final PromptsGetHandler promptsGet;
    private final ResourcesReadHandler resourcesRead;
    private final CompletionHandler completion;
    private final MethodTable methods;
    private final MethodTable statelessMethods;
    private final StatelessResults statelessResults;
    private final MultiRoundTrip rounds;
    private final Duration toolTimeout;

    /**
     * Creates the dispatcher.
     *
     * @param catalogs what the deployment serves
     * @param config   the server's configuration
     * @param listing  which items list methods show a caller
     * @param perCaller whether what a caller sees depends on who calls (tokens are verified): 2026-07-28
     *                  results are then cacheable privately only
     */
    public McpDispatcher(Catalogs catalogs, McpConfig config, Listing listing, boolean perCaller) {
        boolean hasResources = !catalogs.resources().isEmpty() || !catalogs.templates().isEmpty();
        boolean hasCompletions = !catalogs.completions().isEmpty();
        ServerDescription server = new ServerDescription(config, !catalogs.prompts().isEmpty(), hasResources,
                hasCompletions);
        this.initialize = new InitializeHandler(server);
        this.statelessResults = new StatelessResults(server, config.cacheTtl(), perCaller);
        this.rounds = new MultiRoundTrip(config.requestStateKey(), statelessResults);
        this.toolsCall = new ToolsCallHandler(catalogs.tools(), config.limits().maxResultChars());
        this.limits = new CallLimits(config.limits());
        this.promptsGet = new PromptsGetHandler(catalogs.prompts());
        this.resourcesRead = new ResourcesReadHandler(catalogs.resources(), catalogs.templates());
        this.completion = new CompletionHandler(catalogs.completions(), catalogs.prompts(), catalogs.templates());
        java.util.HashMap<String, RequestHandler> map = new java.util.HashMap<>();
        map.put("ping", (params, context) -> CompletableFuture.completedFuture(SessionMethods.EMPTY));
        map.put("logging/setLevel", SessionMethods::setLevel);
        map.put("tools/list", new ListHandler<>("tools", catalogs.tools(), config.pageSize(), listing));
        map.put("tools/call", toolsCall);
        // Only methods of declared capabilities exist; others stay -32601.
        if (!catalogs.prompts().isEmpty()) {
            map.put("prompts/list", new ListHandler<>("prompts", catalogs.prompts(), config.pageSize(), listing));
            map.put("prompts/get", promptsGet);
        }
        if (hasResources) {
            map.put("resources/list", new ListHandler<>("resources", catalogs.resources(), config.pageSize(),
                    listing));
            map.put("resources/templates/list", new ListHandler<>("resourceTemplates", catalogs.templates(),
                    config.pageSize(), listing));
            map.put("resources/read", resourcesRead);
            map.put("resources/subscribe", SessionMethods::subscribe);
            map.put("resources/unsubscribe", SessionMethods::unsubscribe);
        }
        if (hasCompletions) {
            map.put("completion/complete", completion);
        }
        this.methods = new MethodTable(map);
        // 2026-07-28 removed the methods of session state; server/discover replaces initialize.
        this.statelessMethods = methods.stateless(statelessResults::discover);
        this.toolTimeout = config.toolTimeout();
    }

    /**
     * The dispatcher of a deployment: what the endpoint and the tests use, so it is wired in one place.
     *
     * @param deployment what the deployment serves
     * @return the dispatcher
     */
    public static McpDispatcher of(Deployment deployment) {
        return new McpDispatcher(deployment.catalogs(), deployment.config(),
                deployment.security().settings().listing(), deployment.security().settings().verifiesTokens());
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
     * The multi round-trip requests of 2026-07-28 clients.
     *
     * @return the rounds' coordinator
     */
    public MultiRoundTrip rounds() {
        return rounds;
    }

    private static AccessRule.Decision decide(ToolSecurity rule, Caller caller) {
        return rule == null ? AccessRule.ALLOW : AccessRule.decide(rule, caller);
    }

    /**
     * Plans a request: its target is looked up once, and the access decision taken before anything is
     * dispatched or streamed, so the transport can answer with an HTTP status. {@code tools/call},
     * {@code prompts/get}, {@code resources/read} (and subscribe) and {@code completion/complete} target something
     * protected; an unknown name is allowed here and answered with its error, without a stream.
     *
     * @param request the request
     * @param caller  the verified caller
     * @return the plan
     */
    public Plan plan(JsonRpcMessage.Request request, Caller caller) {
        return plan(request, caller, ProtocolVersions.LATEST);
    }

    /**
     * Plans a request of a given revision: under 2026-07-28 the methods of session state do not exist,
     * {@code server/discover} does, and an unknown resource is {@code -32602} naming its URI.
     *
     * @param request  the request
     * @param caller   the verified caller
     * @param revision the request's revision
     * @return the plan; its handler is null for a method the revision does not have
     */
    public Plan plan(JsonRpcMessage.Request request, Caller caller, String revision) {
        boolean stateless = ProtocolVersions.stateless(revision);
        MethodTable table = stateless ? statelessMethods : methods;
        Plan open = table.open(request.method());
        if (open != null) {
            return open;
        }
        if (table.handler(request.method()) == null) {
            return NOT_FOUND;
        }
        try {
            return switch (request.method()) {
                case "tools/call" -> {
                    ToolDefinition tool = toolsCall.tool(request.params());
                    yield new Plan(decide(tool.security(), caller), tool.invoker().takesContext(),
                            tool.invoker().isAsync(), toolsCall.bound(tool));
                }
                case "prompts/get" -> {
                    PromptDefinition prompt = promptsGet.prompt(request.params());
                    yield new Plan(decide(prompt.security(), caller), prompt.invoker().takesContext(),
                            false, promptsGet.bound(prompt));
                }
                case "resources/read" -> {
                    ResourcesReadHandler.Target target = resourcesRead.target(request.params());
                    RequestHandler read = resourcesRead.bound(target);
                    yield new Plan(decide(target.resource().security(), caller),
                            target.resource().reader().takesContext(), false, stateless
                            ? StatelessResults.withTtl(read, target.resource().cacheTtl()) : read);
                }
                case "resources/subscribe" -> {
                    // A URI nothing serves may be subscribed to (the handler checks only that a uri is given).
                    AccessRule.Decision read = readDecision(request.params(), caller);
                    yield new Plan(read == null ? AccessRule.ALLOW : read, false, false, table.handler(request.method()),
                            read != null);
                }
                default -> {
                    CompletionHandler.Target target = completion.target(request.params());
                    yield new Plan(decide(target.security(), caller), false, false, completion.bound(target));
                }
            };
        } catch (JsonRpcError e) {
            JsonRpcError answer = stateless ? StatelessErrors.of(e, request.params()) : e;
            return new Plan(AccessRule.ALLOW, false, false, (params, context) -> {
                throw answer;
            }, false);
        }
    }

    /**
     * The access decision for reading the resource params name (subscriptions need it too).
     *
     * @param params params with a {@code uri}
     * @param caller the verified caller
     * @return the decision, or null when nothing serves the URI
     */
    public AccessRule.Decision readDecision(JsonObject params, Caller caller) {
        try {
            return decide(resourcesRead.target(params).resource().security(), caller);
        } catch (JsonRpcError e) {
            return null;
        }
    }

    private static final Plan NOT_FOUND = new Plan(AccessRule.ALLOW, false, false, null, false);

    /**
     * Plans and runs a request of an established session (for callers that need no decision first).
     *
     * @param request the request
     * @param context the call's context
     * @return the complete JSON-RPC response, as {@link #execute}
     */
    public CompletionStage<JsonObject> request(JsonRpcMessage.Request request, CallContext context) {
        return execute(plan(request, context.caller()), request, context);
    }

    /**
     * Runs a planned request.
     *
     * @param plan    the request's plan
     * @param request the request
     * @param context the call's context
     * @return the complete JSON-RPC response (success or error); never completes exceptionally; a request
     *         still running after {@code mcp.tools.timeout} is answered as timed out
     */
    public CompletionStage<JsonObject> execute(Plan plan, JsonRpcMessage.Request request, CallContext context) {
        boolean stateless = ProtocolVersions.stateless(context.client().revision());
        CompletableFuture<JsonObject> response = limits.run(request, context,
                () -> unbounded(plan.handler(), request, context, stateless)).toCompletableFuture();
        return response.isDone() ? response : response.completeOnTimeout(Failures.timedOut(request, toolTimeout,
                stateless ? statelessResults : null), toolTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private CompletionStage<JsonObject> unbounded(RequestHandler handler, JsonRpcMessage.Request request,
                                                  CallContext context, boolean stateless) {
        if (handler == null) {
            String message = "initialize".equals(request.method()) && !stateless
                    ? "This session is already initialized; start a new session without Mcp-Session-Id"
                    : "Method not found: " + Echo.name(request.method());
            return CompletableFuture.completedFuture(
                    JsonRpcCodec.error(request.id(), JsonRpcError.METHOD_NOT_FOUND, message));
        }
        CompletionStage<JsonObject> result;
        try {
            result = handler.handle(request.params(), context);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(Failures.response(request, e));
        }
        return result.handle((value, e) -> e != null ? Failures.response(request, e) : JsonRpcCodec.result(request.id(),
                stateless ? statelessResults.complete(request.method(), value) : value));
    }

    /**
     * Handles a notification; nothing is sent back.
     *
     * @param notification the notification
     * @param context      the context
     */
    public void notification(JsonRpcMessage.Notification notification, CallContext context) {
        if ("notifications/initialized".equals(notification.method())) {
            context.client().initialized();
        } else if ("notifications/cancelled".equals(notification.method())) {
            JsonValue requestId = notification.params().get("requestId");
            if (requestId != null) {
                context.client().cancel(requestId);
            }
        }
        // Other notifications (progress, roots/list_changed) need no action.
    }

    /**
     * Takes a client's response to a request a call sent it (sampling, elicitation, roots); nothing is sent
     * back, and an unknown id is ignored.
     *
     * @param response the response message
     * @param context  the context
     */
    public void response(JsonRpcMessage.Response response, CallContext context) {
        context.client().answer(response.id(), response.message());
    }
}
