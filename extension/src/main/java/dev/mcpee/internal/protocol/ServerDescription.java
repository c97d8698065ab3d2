package dev.mcpee.internal.protocol;

import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Who the server is and what it can do, built once: {@code initialize} (2025) and {@code server/discover}
 * (2026-07-28) say the same; list-changed and resource-update notifications reach a 2025 session on its GET
 * stream and a 2026 client on {@code subscriptions/listen}.
 */
final class ServerDescription {

    private final JsonObject serverInfo;
    private final JsonObject sessionCapabilities;
    private final JsonObject statelessCapabilities;
    private final String instructions;

    ServerDescription(McpConfig config, boolean prompts, boolean resources, boolean completions) {
        JsonObjectBuilder info = Json.object().add("name", config.serverName()).add("version", config.serverVersion());
        if (config.serverTitle() != null) {
            info.add("title", config.serverTitle());
        }
        this.serverInfo = info.build();
        this.sessionCapabilities = capabilities(prompts, resources, completions, true);
        this.statelessCapabilities = capabilities(prompts, resources, completions, true);
        this.instructions = config.instructions();
    }

    private static JsonObject capabilities(boolean prompts, boolean resources, boolean completions,
                                           boolean notifications) {
        JsonObjectBuilder capabilities = Json.object()
                .add("tools", notifications ? Json.object().add("listChanged", true) : Json.object())
                .add("logging", Json.object());
        if (prompts) {
            capabilities.add("prompts", notifications ? Json.object().add("listChanged", true) : Json.object());
        }
        if (resources) {
            capabilities.add("resources", notifications
                    ? Json.object().add("subscribe", true).add("listChanged", true) : Json.object());
        }
        if (completions) {
            capabilities.add("completions", Json.object());
        }
        return capabilities.build();
    }

    /**
     * The server's name, version and title.
     *
     * @return {@code serverInfo}
     */
    JsonObject serverInfo() {
        return serverInfo;
    }

    /**
     * The capabilities for a revision.
     *
     * @param stateless whether the client speaks 2026-07-28
     * @return the capabilities object
     */
    JsonObject capabilities(boolean stateless) {
        return stateless ? statelessCapabilities : sessionCapabilities;
    }

    /**
     * {@code mcp.server.instructions}.
     *
     * @return the instructions, or null
     */
    String instructions() {
        return instructions;
    }
}
