package dev.mcpee.internal.cdi;

import java.util.Set;

import dev.mcpee.internal.http.SessionClient;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.protocol.CallContext;
import dev.mcpee.internal.protocol.McpDispatcher;
import dev.mcpee.internal.security.AccessRule;
import dev.mcpee.internal.security.TokenCaller;
import dev.mcpee.internal.session.Session;
import jakarta.json.JsonObject;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Beans deployed in a real CDI container with the extension, and the dispatcher over what it found, called by
 * an authenticated caller without scopes or roles. A JUnit extension: register it in a static field with
 * {@code @RegisterExtension}; the container starts before the class's tests and stops after them.
 */
final class DeployedDispatcher implements BeforeAllCallback, AfterAllCallback {

    /** The caller of {@link #request}: authenticated, no scopes, no roles. */
    static final CallContext CONTEXT = new CallContext(new SessionClient(new Session("s", "2025-11-25", "", 0)),
            new TokenCaller(true, "iss", "sub", Set.of(), Set.of(), Json.object().build(), 0));

    private final Class<?>[] beans;
    private WeldContainer container;
    private McpExtension extension;
    private McpDispatcher dispatcher;

    DeployedDispatcher(Class<?>... beans) {
        this.beans = beans.clone();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        container = WeldDeployment.start(beans);
        extension = container.select(McpExtension.class).get();
        dispatcher = McpDispatcher.of(extension.deployment());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        container.close();
    }

    /**
     * The extension, for what the deployment found.
     *
     * @return the extension
     */
    McpExtension extension() {
        return extension;
    }

    /**
     * The dispatcher, for requests with a context of the test's own.
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
        return dispatcher.request(request(method, Json.parse(params).asJsonObject()), CONTEXT)
                .toCompletableFuture().join();
    }

    /**
     * The access decision for a request by the test caller, made before anything runs.
     *
     * @param method the method
     * @param params the params JSON
     * @return the decision
     */
    AccessRule.Decision authorize(String method, String params) {
        return dispatcher.plan(request(method, Json.parse(params).asJsonObject()), CONTEXT.caller()).decision();
    }

    private static JsonRpcMessage.Request request(String method, JsonObject params) {
        return new JsonRpcMessage.Request(Json.parse("1"), method, params);
    }
}
