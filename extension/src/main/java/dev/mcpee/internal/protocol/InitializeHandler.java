package dev.mcpee.internal.protocol;

import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * {@code initialize}: negotiates the revision and describes the server. It runs before a session exists;
 * the transport creates the session with the negotiated revision.
 */
public final class InitializeHandler {

    private final McpConfig config;
    private final boolean prompts;
    private final boolean resources;
    private final boolean completions;

    /**
     * Creates the handler.
     *
     * @param config    the server's configuration
     * @param prompts   whether the server has prompts (capabilities declare only what exists)
     * @param resources   whether the server has resources or resource templates
     * @param completions whether the server has completion providers
     */
    public InitializeHandler(McpConfig config, boolean prompts, boolean resources, boolean completions) {
        this.config = config;
        this.prompts = prompts;
        this.resources = resources;
        this.completions = completions;
    }

    /**
     * The revision to use for a request.
     *
     * @param params the {@code initialize} params
     * @return the negotiated revision
     * @throws JsonRpcError {@link JsonRpcError#INVALID_PARAMS} when {@code protocolVersion} is missing
     */
    public String negotiate(JsonObject params) {
        JsonValue requested = params.get("protocolVersion");
        if (!(requested instanceof JsonString s)) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "initialize needs params.protocolVersion (a string)");
        }
        return ProtocolVersions.negotiate(s.getString());
    }

    /**
     * What the client declared it can do.
     *
     * @param params the {@code initialize} params
     * @return its {@code capabilities}, or null when absent or not an object
     */
    public static JsonObject clientCapabilities(JsonObject params) {
        JsonValue capabilities = params.get("capabilities");
        return capabilities instanceof JsonObject o ? o : null;
    }

    /**
     * The {@code initialize} result.
     *
     * @param version the negotiated revision
     * @return the result object
     */
    public JsonObject result(String version) {
        JsonObjectBuilder serverInfo = Json.object().add("name", config.serverName())
                .add("version", config.serverVersion());
        if (config.serverTitle() != null) {
            serverInfo.add("title", config.serverTitle());
        }
        JsonObjectBuilder capabilities = Json.object().add("tools", Json.object().add("listChanged", true))
                .add("logging", Json.object());
        if (prompts) {
            capabilities.add("prompts", Json.object().add("listChanged", true));
        }
        if (resources) {
            capabilities.add("resources", Json.object().add("subscribe", true).add("listChanged", true));
        }
        if (completions) {
            capabilities.add("completions", Json.object());
        }
        JsonObjectBuilder result = Json.object()
                .add("protocolVersion", version)
                .add("capabilities", capabilities)
                .add("serverInfo", serverInfo);
        if (config.instructions() != null) {
            result.add("instructions", config.instructions());
        }
        return result.build();
    }
}
