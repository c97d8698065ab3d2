package dev.mcpee.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.spi.DeploymentException;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Starts a real CDI container (Weld SE) with the mcp-ee extension and the given bean classes.
 */
public final class WeldDeployment {

    private WeldDeployment() {
    }

    /**
     * Starts the container.
     *
     * @param beans the bean classes
     * @return the running container; close it
     */
    public static WeldContainer start(Class<?>... beans) {
        // Discovery off also skips service-loaded extensions, so the extension is added explicitly.
        return new Weld().disableDiscovery().addExtension(new McpExtension()).addBeanClasses(beans).initialize();
    }

    /**
     * Starts a container that must fail, and returns the mcp-ee problems it reported.
     *
     * @param beans the bean classes
     * @return each reported problem line ("MCPEE...: ...")
     */
    public static List<String> problems(Class<?>... beans) {
        DeploymentException e = assertThrows(DeploymentException.class, () -> start(beans).close());
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("mcp-ee found ")) {
                List<String> lines = new ArrayList<>();
                for (String line : message.substring(message.indexOf("mcp-ee found ")).split("\n")) {
                    if (line.startsWith("  - ")) {
                        lines.add(line.substring(4));
                    }
                }
                return lines;
            }
        }
        fail("The deployment failed without an mcp-ee report", e);
        return List.of();
    }
}
