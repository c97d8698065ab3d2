package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

class DuplicateArgumentNameTest {

    @ApplicationScoped
    public static class Tools {
        @McpTool
        public String pair(@McpArg(name = "id") long first, @McpArg(name = "id") long second) {
            return "";
        }
    }

    @Test
    void namesTheArgument() {
        assertEquals(List.of("MCPEE005: Two parameters of @McpTool method " + Tools.class.getName()
                + "#pair(long, long) are both named 'id'. Fix: give each a distinct @McpArg(name = ...)."),
                WeldDeployment.problems(Tools.class));
    }
}
