package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

class OptionalPrimitiveTest {

    @ApplicationScoped
    public static class Tools {
        @McpTool
        public String page(@McpArg(required = false) int size) {
            return "";
        }
    }

    @Test
    void asksForADefaultOrABox() {
        assertEquals(List.of("MCPEE006: Argument 'size' (parameter 1 of @McpTool method " + Tools.class.getName()
                + "#page(int)) is optional but its type int cannot be null. Fix: give it a defaultValue, make it"
                + " required, or use the boxed type or an Optional."), WeldDeployment.problems(Tools.class));
    }
}
