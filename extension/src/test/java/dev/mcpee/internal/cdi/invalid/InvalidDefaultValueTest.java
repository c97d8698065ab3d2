package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

class InvalidDefaultValueTest {

    @ApplicationScoped
    public static class Tools {
        @McpTool
        public String notJson(@McpArg(defaultValue = "check-up") String reason) {
            return reason;
        }

        @McpTool
        public String wrongType(@McpArg(defaultValue = "\"three\"") int count) {
            return "";
        }
    }

    @Test
    void reportsBothDefaults() {
        List<String> problems = WeldDeployment.problems(Tools.class);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("MCPEE007: The defaultValue of argument 'reason'"
                + " (parameter 1 of @McpTool method " + Tools.class.getName() + "#notJson(String)) is not JSON:"
                + " check-up.")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("MCPEE009: The defaultValue \"three\" of argument"
                + " 'count' (parameter 1 of @McpTool method " + Tools.class.getName() + "#wrongType(int)) does not"
                + " fit the type int.")), problems.toString());
    }
}
