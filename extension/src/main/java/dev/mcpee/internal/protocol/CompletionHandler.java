package dev.mcpee.internal.protocol;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

import dev.mcpee.internal.invoke.BeanCall;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.model.Catalog;
import dev.mcpee.internal.model.CompletionDefinition;
import dev.mcpee.internal.model.PromptDefinition;
import dev.mcpee.internal.model.ResourceDefinition;
import dev.mcpee.internal.security.ToolSecurity;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * {@code completion/complete}: suggestions for a prompt argument or a resource template variable. A reference
 * to an unknown prompt or template is {@code -32602}; an argument without a provider completes to nothing.
 */
public final class CompletionHandler implements RequestHandler {

    /** The most values one answer carries (the specification's limit). */
    static final int MAX_VALUES = 100;

    private static final Logger LOG = Logger.getLogger(CompletionHandler.class.getName());

    private final Map<String, CompletionDefinition> providers;
    private final Catalog<PromptDefinition> prompts;
    private final Catalog<ResourceDefinition> templates;

    /**
     * Creates the handler.
     *
     * @param providers the providers by key
     * @param prompts   the prompts
     * @param templates the resource templates
     */
    public CompletionHandler(Map<String, CompletionDefinition> providers, Catalog<PromptDefinition> prompts,
                             Catalog<ResourceDefinition> templates) {
        this.providers = Map.copyOf(providers);
        this.prompts = prompts;
        this.templates = templates;
    }

    /**
     * What a request refers to.
     *
     * @param key      the provider's key
     * @param security the access rule of the prompt or template
     */
    public record Target(String key, ToolSecurity security) {
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext context) {
        return complete(target(params), params);
    }

    /**
     * Completions for a reference already resolved.
     *
     * @param target the prompt argument or template variable
     * @return a handler completing it
     */
    public RequestHandler bound(Target target) {
        return (params, context) -> complete(target, params);
    }

    private CompletionStage<JsonObject> complete(Target target, JsonObject params) {
        String value = params.getJsonObject("argument").getString("value", null);
        CompletionDefinition provider = providers.get(target.key());
        List<?> values = provider == null ? List.of() : invoke(provider, value, resolved(params));
        JsonArrayBuilder array = Json.array();
        values.stream().limit(MAX_VALUES).forEach(v -> array.add(String.valueOf(v)));
        var completion = Json.object().add("values", array);
        if (values.size() > MAX_VALUES) {
            completion.add("total", values.size()).add("hasMore", true);
        }
        return CompletableFuture.completedFuture(Json.object().add("completion", completion).build());
    }

    private static List<?> invoke(CompletionDefinition provider, String value, Map<String, String> resolved) {
        Object[] args = provider.withContext() ? new Object[] {value, resolved} : new Object[] {value};
        return BeanCall.call(provider.instances(), provider.method(), args,
                result -> result == null ? List.of() : (List<?>) result, "Invalid value", LOG,
                "Completion " + provider.source(), "Completion failed");
    }

    /**
     * The prompt argument or template variable a request refers to.
     *
     * @param params the request's params
     * @return the target
     * @throws JsonRpcError {@code -32602} for a malformed or unknown reference
     */
    public Target target(JsonObject params) {
        JsonValue ref = params.get("ref");
        JsonValue argument = params.get("argument");
        if (ref == null || ref.getValueType() != JsonValue.ValueType.OBJECT || argument == null
                || argument.getValueType() != JsonValue.ValueType.OBJECT
                || argument.asJsonObject().getString("name", null) == null
                || argument.asJsonObject().getString("value", null) == null) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS,
                    "completion/complete needs params.ref and params.argument {name, value}");
        }
        String name = argument.asJsonObject().getString("name", null);
        JsonObject r = ref.asJsonObject();
        String type = r.getString("type", null);
        String promptName = r.getString("name", null);
        if ("ref/prompt".equals(type) && promptName != null) {
            PromptDefinition prompt = prompts.find(promptName);
            if (prompt == null) {
                throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Unknown prompt: " + Echo.name(promptName));
            }
            return new Target(CompletionDefinition.promptKey(prompt.name(), name), prompt.security());
        }
        String uri = r.getString("uri", null);
        if ("ref/resource".equals(type) && uri != null) {
            ResourceDefinition template = templates.find(uri);
            if (template == null) {
                throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Unknown resource template: " + Echo.name(uri));
            }
            return new Target(CompletionDefinition.resourceKey(template.uri(), name), template.security());
        }
        throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "params.ref must be a ref/prompt with a name or a"
                + " ref/resource with a uri");
    }

    private static Map<String, String> resolved(JsonObject params) {
        Map<String, String> out = new HashMap<>();
        JsonValue context = params.get("context");
        if (context != null && context.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonValue arguments = context.asJsonObject().get("arguments");
            if (arguments != null && arguments.getValueType() == JsonValue.ValueType.OBJECT) {
                arguments.asJsonObject().forEach((k, v) -> {
                    if (v instanceof JsonString s) {
                        out.put(k, s.getString());
                    }
                });
            }
        }
        return out;
    }


}
