package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InvalidConfigurationTest {

    @ApplicationScoped
    public static class Tools {
        @McpTool
        public String fine() {
            return "";
        }
    }

    @AfterEach
    void clear() {
        System.clearProperty("mcp.session.max");
        fresh();
    }

    /** MP Config implementations may cache system properties: start from a new Config. */
    private static void fresh() {
        ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig());
    }

    @Test
    void aBadKeyFailsTheDeploymentByName() {
        System.setProperty("mcp.session.max", "-1");
        fresh();
        assertEquals(List.of("MCPEE101: mcp.session.max=-1 is not a positive whole number. Fix: remove it to use the"
                + " default 10000."), WeldDeployment.problems(Tools.class));
    }
}
