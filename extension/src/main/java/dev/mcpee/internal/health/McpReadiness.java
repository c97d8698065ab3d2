package dev.mcpee.internal.health;

import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.security.KeyStatus;
import dev.mcpee.internal.session.SessionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health readiness ({@code /health/ready}): DOWN while this instance cannot serve calls correctly.
 * That is when the authorization server's keys are older than {@code mcp.auth.keys-max-age} and fetching them
 * again failed (new tokens may be signed with a key this instance cannot know), or when the shared session store
 * does not answer. Only found where the container has MicroProfile Health (the extension's {@code beans.xml}
 * leaves this package out otherwise).
 */
@Readiness
@ApplicationScoped
public class McpReadiness implements HealthCheck {

    /** The check's name in the health document. */
    public static final String NAME = "mcp-ee";

    @Inject
    Deployment deployment;

    @Inject
    SessionStore store;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        endpoint(deployment, response);
        boolean up = true;
        KeyStatus keys = deployment.security().authenticator().keyStatus();
        if (keys == null) {
            response.withData("keys", "none (tokens are not verified)");
        } else {
            up = keys.fresh();
            response.withData("keys", keys.fresh() ? "fresh" : "stale: " + keys.jwksUri() + " did not answer")
                    .withData("keysAgeSeconds", keys.age().toSeconds())
                    .withData("keysCount", keys.keys());
        }
        boolean reachable = store.reachable();
        up &= reachable;
        response.withData("sessionStore", (deployment.config().store().shared() ? "jcache" : "memory")
                + (reachable ? "" : ": not reachable"));
        return response.status(up).build();
    }

    /**
     * Names the endpoint in the check's data, which tells the checks of several MCP WARs apart on one server.
     *
     * @param deployment the deployment
     * @param response   the check's response
     */
    static void endpoint(Deployment deployment, HealthCheckResponseBuilder response) {
        var resource = deployment.security().settings().resource();
        if (resource != null) {
            response.withData("endpoint", resource.toString());
        }
    }
}
