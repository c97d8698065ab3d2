package dev.mcpee.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import dev.mcpee.internal.problem.Problem;
import dev.mcpee.internal.problem.Problems;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** The {@code mcp.audit.*} and {@code mcp.telemetry.*} keys. */
class OperationsSettingsTest {

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 100)).build();
    }

    @Test
    void defaultsAuditRefusalsAtInfoAndTraceNoArguments() {
        Problems problems = new Problems();
        assertEquals(OperationsSettings.DEFAULTS, OperationsSettings.read(config(Map.of()), problems));
        assertTrue(problems.isEmpty());
        assertFalse(OperationsSettings.DEFAULTS.tracesArguments("anything"));
        assertFalse(OperationsSettings.DEFAULTS.auditAllowed());
    }

    @Test
    void readsEveryKey() {
        Problems problems = new Problems();
        OperationsSettings s = OperationsSettings.read(config(Map.of("mcp.audit.enabled", "off", "mcp.audit.allowed",
                "yes", "mcp.audit.level", "fine", "mcp.telemetry.enabled", "false", "mcp.telemetry.tool-arguments",
                "a, b")), problems);
        assertTrue(problems.isEmpty(), problems::report);
        assertEquals(new OperationsSettings(false, true, Level.FINE, false, Set.of("a", "b")), s);
        assertTrue(s.tracesArguments("a"));
        assertFalse(s.tracesArguments("c"));
        assertTrue(OperationsSettings.read(config(Map.of("mcp.telemetry.tool-arguments", "*")), problems)
                .tracesArguments("c"));
    }

    @Test
    void aLevelThatIsNotOneIsMcpee118() {
        Problems problems = new Problems();
        OperationsSettings.read(config(Map.of("mcp.audit.level", "LOUD")), problems);
        List<Problem> list = problems.list();
        assertEquals(1, list.size());
        assertEquals("MCPEE118", list.get(0).id());
        assertEquals("mcp.audit.level", list.get(0).where());
    }
}
