package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpPrompt;
import dev.mcpee.api.McpResource;
import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

/** A method that takes the call's context twice is refused, whatever it serves. */
class ContextTwiceTest {

    @ApplicationScoped
    public static class Twice {
        @McpTool
        public String tool(McpContext a, String text, McpContext b) {
            return text;
        }

        @McpPrompt
        public String prompt(McpContext a, McpContext b) {
            return "";
        }

        @McpResource(uri = "test://twice/{id}")
        public String resource(McpContext a, String id, McpContext b) {
            return id;
        }
    }

    @Test
    void namesTheMethodAndBothParameters() {
        String cls = Twice.class.getName();
        assertEquals(List.of(
                "MCPEE032: @McpPrompt method " + cls + "#prompt(McpContext, McpContext) takes McpContext more than"
                        + " once (parameters 1 and 2). Fix: keep one; every call has a single context.",
                "MCPEE032: @McpResource method " + cls + "#resource(McpContext, String, McpContext) takes McpContext"
                        + " more than once (parameters 1 and 3). Fix: keep one; every call has a single context.",
                "MCPEE032: @McpTool method " + cls + "#tool(McpContext, String, McpContext) takes McpContext more"
                        + " than once (parameters 1 and 3). Fix: keep one; every call has a single context."),
                WeldDeployment.problems(Twice.class).stream().sorted().toList());
    }
}
