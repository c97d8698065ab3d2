package dev.mcpee.internal.protocol;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.model.Catalog;
import dev.mcpee.internal.model.PromptDefinition;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** {@code prompts/get}: finds the prompt and renders it; an unknown prompt is {@code -32602}. */
public final class PromptsGetHandler implements RequestHandler {

    private final Catalog<PromptDefinition> prompts;

    /**
     * Creates the handler.
     *
     * @param prompts the prompts
     */
    public PromptsGetHandler(Catalog<PromptDefinition> prompts) {
        this.prompts = prompts;
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext context) {
        return bound(prompt(params)).handle(params, context);
    }

    /**
     * Renderings of a prompt already found.
     *
     * @param prompt the prompt
     * @return a handler rendering it with the request's arguments
     */
    public RequestHandler bound(PromptDefinition prompt) {
        return (params, context) -> render(prompt, params, context);
    }

    private static CompletionStage<JsonObject> render(PromptDefinition prompt, JsonObject params,
                                                      CallContext context) {
        JsonValue arguments = params.get("arguments");
        JsonObject supplied;
        if (arguments == null || arguments == JsonValue.NULL) {
            supplied = JsonValue.EMPTY_JSON_OBJECT;
        } else if (arguments.getValueType() == JsonValue.ValueType.OBJECT) {
            supplied = arguments.asJsonObject();
        } else {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "prompts/get params.arguments must be an object");
        }
        return CompletableFuture.completedFuture(prompt.invoker().get(supplied, context.call()));
    }

    /**
     * The prompt a {@code prompts/get} names.
     *
     * @param params the request's params
     * @return the prompt
     * @throws JsonRpcError {@link JsonRpcError#INVALID_PARAMS} when the name is missing or unknown
     */
    public PromptDefinition prompt(JsonObject params) {
        JsonValue name = params.get("name");
        if (!(name instanceof JsonString s)) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "prompts/get needs params.name (a string)");
        }
        PromptDefinition prompt = prompts.find(s.getString());
        if (prompt == null) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Unknown prompt: " + Echo.name(s.getString()));
        }
        return prompt;
    }
}
