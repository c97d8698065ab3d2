package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

class InvalidToolNameTest {

    @ApplicationScoped
    public static class Tools {
        @McpTool(name = "book appointment")
        public String space() {
            return "";
        }

        @McpTool(name = "äpfel")
        public String nonAscii() {
            return "";
        }
    }

    @Test
    void everyInvalidNameIsReported() {
        List<String> problems = WeldDeployment.problems(Tools.class);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("MCPEE003: @McpTool method " + Tools.class.getName() + "#space() has the tool name"
                + " 'book appointment', which is not 1 to 128 characters of A-Z a-z 0-9 _ - . as MCP requires."
                + " Fix: set @McpTool(name = ...) to a valid name.", problems.stream()
                .filter(p -> p.contains("#space()")).findFirst().orElseThrow());
    }
}
