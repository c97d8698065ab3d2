package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code mcp.telemetry.tool-arguments} naming a tool that is not there fails the deployment (a typo would trace nothing). */
class UnknownTracedToolTest {

    @ApplicationScoped
    public static class Tools {
        @McpTool
        public String lookup(String q) {
            return q;
        }
    }

    @AfterEach
    void clear() {
        System.clearProperty("mcp.telemetry.tool-arguments");
        ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig());
    }

    @Test
    void namesTheKeyTheNameAndTheFix() {
        System.setProperty("mcp.telemetry.tool-arguments", "lookup,lokup");
        ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig());
        List<String> problems = WeldDeployment.problems(Tools.class);
        assertEquals(1, problems.size(), problems.toString());
        String p = problems.get(0);
        assertTrue(p.startsWith("MCPEE119: mcp.telemetry.tool-arguments names lokup, but no @McpTool has that name."),
                p);
        assertTrue(p.contains("Fix: name deployed tools"), p);
    }
}
