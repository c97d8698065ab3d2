package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletionStage;

import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

class UnsupportedReturnTypeTest {

    @ApplicationScoped
    public static class Tools {
        @McpTool
        public Object anything() {
            return "";
        }

        @McpTool
        public CompletionStage<?> later() {
            return null;
        }
    }

    @Test
    void reportsBoth() {
        List<String> problems = WeldDeployment.problems(Tools.class);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("MCPEE015: @McpTool method " + Tools.class.getName()
                + "#anything() returns an unsupported type: ")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("MCPEE017: @McpTool method " + Tools.class.getName()
                + "#later() returns java.util.concurrent.CompletionStage<?> without a concrete value type.")),
                problems.toString());
    }
}
