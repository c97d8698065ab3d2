package dev.mcpee.internal.health;

import dev.mcpee.internal.deploy.Deployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * MicroProfile Health liveness ({@code /health/live}): UP once the MCP endpoint is deployed. It deliberately
 * asks nothing outside this JVM: an authorization server or session store that is down makes the instance not
 * ready ({@link McpReadiness}), and restarting it would not bring them back.
 */
@Liveness
@ApplicationScoped
public class McpLiveness implements HealthCheck {

    @Inject
    Deployment deployment;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(McpReadiness.NAME);
        McpReadiness.endpoint(deployment, response);
        return response.withData("tools", deployment.catalogs().tools().deployed().size()).up().build();
    }
}
