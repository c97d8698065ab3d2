package dev.mcpee.internal.protocol;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.mcpee.api.Caller;
import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.model.Listable;
import dev.mcpee.internal.model.PromptDefinition;
import dev.mcpee.internal.model.ResourceDefinition;
import dev.mcpee.internal.model.ToolDefinition;
import dev.mcpee.internal.model.Catalog;
import dev.mcpee.internal.security.AccessRule;
import jakarta.json.JsonObject;

/**
 * Routes MCP requests and notifications to their handlers and turns outcomes into JSON-RPC responses.
 * Knows nothing of HTTP: the transport decides sessions, status codes and streaming.
 */
public final class McpDispatcher {

    private static final Logger LOG = Logger.getLogger(McpDispatcher.class.getName());
    private static final JsonObject EMPTY = Json.object().build();
    private static final AccessRule.Decision ALLOWED = new AccessRule.Allow();

    private final InitializeHandler initialize;
    private final ToolsCallHandler toolsCall;
    private final PromptsGetHandler promptsGet;
    private final ResourcesReadHandler resourcesRead;
    private final Map<String, RequestHandler> handlers;

    /**
     * Creates the dispatcher.
     *
     * @param registry the tools
     * @param prompts  the prompts
     * @param config   the server's configuration
     * @param listAll  whether list methods show what the caller may not use
     */
    public McpDispatcher(Catalog<ToolDefinition> registry, Catalog<PromptDefinition> prompts, McpConfig config,
                         boolean listAll) {
        this(registry, prompts, new Catalog<>(List.of()), new Catalog<>(List.of()), config, listAll);
    }

    /**
     * Creates the dispatcher.
     *
     * @param registry  the tools
     * @param prompts   the prompts
     * @param resources the fixed resources
     * @param templates the resource templates
     * @param config    the server's configuration
     * @param listAll   whether list methods show what the caller may not use
     */
    public McpDispatcher(Catalog<ToolDefinition> registry, Catalog<PromptDefinition> prompts,
                         Catalog<ResourceDefinition> resources, Catalog<ResourceDefinition> templates,
                         McpConfig config, boolean listAll) {
        boolean hasResources = !resources.isEmpty() || !templates.isEmpty();
        this.initialize = new InitializeHandler(config, !prompts.isEmpty(), hasResources);
        this.toolsCall = new ToolsCallHandler(registry);
        this.promptsGet = new PromptsGetHandler(prompts);
        this.resourcesRead = new ResourcesReadHandler(resources, templates);
        java.util.HashMap<String, RequestHandler> map = new java.util.HashMap<>();
        map.put("ping", (params, context) -> CompletableFuture.completedFuture(EMPTY));
        map.put("tools/list", new ListHandler<>("tools", registry, config.pageSize(), listAll));
        map.put("tools/call", toolsCall);
        if (!prompts.isEmpty()) {
            // Only methods of declared capabilities exist; others stay -32601.
            map.put("prompts/list", new ListHandler<>("prompts", prompts, config.pageSize(), listAll));
            map.put("prompts/get", promptsGet);
        }
        if (hasResources) {
            map.put("resources/list", new ListHandler<>("resources", resources, config.pageSize(), listAll));
            map.put("resources/templates/list", new ListHandler<>("resourceTemplates", templates, config.pageSize(),
                    listAll));
            map.put("resources/read", resourcesRead);
        }
        this.handlers = Map.copyOf(map);
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
     * The {@code tools/call} handler, for transports that look at the tool before dispatching.
     *
     * @return the handler
     */
    public ToolsCallHandler toolsCall() {
        return toolsCall;
    }

    /**
     * Whether the caller may make this request: decided before anything is dispatched or streamed, so the
     * transport can answer with an HTTP status. {@code tools/call}, {@code prompts/get} and
     * {@code resources/read} target something protected; an unknown name is allowed here and answered by the
     * handler with its error.
     *
     * @param request the request
     * @param caller  the verified caller
     * @return the decision
     */
    public AccessRule.Decision authorize(JsonRpcMessage.Request request, Caller caller) {
        Listable target;
        try {
            target = switch (request.method()) {
                case "tools/call" -> toolsCall.tool(request.params());
                case "prompts/get" -> handlers.containsKey("prompts/get") ? promptsGet.prompt(request.params()) : null;
                case "resources/read" -> handlers.containsKey("resources/read")
                        ? resourcesRead.resource(request.params()) : null;
                default -> null;
            };
        } catch (JsonRpcError e) {
            return ALLOWED;
        }
        return target == null ? ALLOWED : AccessRule.decide(target.security(), caller);
    }

    /**
     * Handles a request of an established session.
     *
     * @param request the request
     * @param context the call's context
     * @return the complete JSON-RPC response (success or error); never completes exceptionally
     */
    public CompletionStage<JsonObject> request(JsonRpcMessage.Request request, CallContext context) {
        RequestHandler handler = handlers.get(request.method());
        if (handler == null) {
            String message = "initialize".equals(request.method())
                    ? "This session is already initialized; start a new session without Mcp-Session-Id"
                    : "Method not found: " + (request.method().length() <= 128 ? request.method()
                    : request.method().substring(0, 128) + "...");
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
        }
        // Other notifications (cancelled, progress, roots/list_changed) need no action from a tools-only server.
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
