package dev.mcpee.internal.cdi;

import java.util.Set;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.protocol.CallContext;
import dev.mcpee.internal.protocol.McpDispatcher;
import dev.mcpee.internal.security.TokenCaller;
import dev.mcpee.internal.session.Session;
import jakarta.json.JsonObject;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Beans deployed in a real CDI container with the extension, and the dispatcher over what it found, called by
 * an authenticated caller without scopes or roles.
 */
final class DeployedDispatcher implements AutoCloseable {

    /** The caller of {@link #request}: authenticated, no scopes, no roles. */
    static final CallContext CONTEXT = new CallContext(new Session("s", "2025-11-25", "", 0),
            new TokenCaller(true, "iss", "sub", Set.of(), Set.of(), Json.object().build(), 0));

    private final WeldContainer container;
    private final McpDispatcher dispatcher;

    DeployedDispatcher(Class<?>... beans) {
        container = WeldDeployment.start(beans);
        McpExtension extension = container.select(McpExtension.class).get();
        dispatcher = new McpDispatcher(extension.catalogs(), extension.config(), false);
    }

    /**
     * The dispatcher.
     *
     * @return the dispatcher
     */
    McpDispatcher dispatcher() {
        return dispatcher;
    }

    /**
     * A request and its whole JSON-RPC response.
     *
     * @param method the method
     * @param params the params JSON
     * @return the response
     */
    JsonObject request(String method, String params) {
        return dispatcher.request(new JsonRpcMessage.Request(Json.parse("1"), method, Json.parse(params)
                .asJsonObject()), CONTEXT).toCompletableFuture().join();
    }

    @Override
    public void close() {
        container.close();
    }
}
