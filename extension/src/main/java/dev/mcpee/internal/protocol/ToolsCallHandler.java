package dev.mcpee.internal.protocol;

import java.util.concurrent.CompletionStage;

import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.model.ToolDefinition;
import dev.mcpee.internal.model.Catalog;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * {@code tools/call}: finds the tool and runs it. An unknown tool or malformed params are JSON-RPC
 * {@code -32602} errors; everything the tool or its arguments get wrong is a result with {@code isError}.
 */
public final class ToolsCallHandler implements RequestHandler {

    private final Catalog<ToolDefinition> registry;
    private final int maxResultChars;

    /**
     * Creates the handler.
     *
     * @param registry       the tools
     * @param maxResultChars {@code mcp.tools.max-result-chars}
     */
    public ToolsCallHandler(Catalog<ToolDefinition> registry, int maxResultChars) {
        this.registry = registry;
        this.maxResultChars = maxResultChars;
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext context) {
        return bound(tool(params)).handle(params, context);
    }

    /**
     * Calls of a tool already found.
     *
     * @param tool the tool
     * @return a handler calling it with the request's arguments
     */
    public RequestHandler bound(ToolDefinition tool) {
        return (params, context) -> tool.invoker().call(arguments(params), context.call())
                .thenApply(result -> ResultSize.bounded(tool.name(), result, maxResultChars));
    }

    /**
     * The tool a {@code tools/call} names.
     *
     * @param params the call's params
     * @return the tool
     * @throws JsonRpcError {@link JsonRpcError#INVALID_PARAMS} when the name is missing or unknown
     */
    public ToolDefinition tool(JsonObject params) {
        JsonValue name = params.get("name");
        if (!(name instanceof JsonString s)) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "tools/call needs params.name (a string)");
        }
        ToolDefinition tool = registry.find(s.getString());
        if (tool == null) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Unknown tool: " + Echo.name(s.getString()));
        }
        return tool;
    }

    private static JsonObject arguments(JsonObject params) {
        JsonValue arguments = params.get("arguments");
        if (arguments == null || arguments == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (arguments.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "tools/call params.arguments must be an object");
        }
        return arguments.asJsonObject();
    }

}
