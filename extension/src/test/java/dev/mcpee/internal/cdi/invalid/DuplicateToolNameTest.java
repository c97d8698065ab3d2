package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

class DuplicateToolNameTest {

    @ApplicationScoped
    public static class First {
        @McpTool(name = "lookup")
        public String find(String q) {
            return q;
        }
    }

    @ApplicationScoped
    public static class Second {
        @McpTool
        public String lookup(String q) {
            return q;
        }
    }

    @Test
    void namesBothMethodsAndTheFix() {
        List<String> problems = WeldDeployment.problems(First.class, Second.class);
        assertEquals(1, problems.size(), problems.toString());
        String p = problems.get(0);
        assertTrue(p.startsWith("MCPEE018: The tool name 'lookup' is used by both "), p);
        assertTrue(p.contains(First.class.getName() + "#find(String)"), p);
        assertTrue(p.contains(Second.class.getName() + "#lookup(String)"), p);
        assertTrue(p.contains("Fix: give one of them another @McpTool(name = ...)"), p);
    }
}
