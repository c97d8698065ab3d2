package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.Dependent;
import org.junit.jupiter.api.Test;

class NonPublicToolMethodTest {

    @Dependent
    public static class Tools {
        @McpTool
        String hidden() {
            return "";
        }
    }

    @Test
    void asksForAPublicMethod() {
        List<String> problems = WeldDeployment.problems(Tools.class);
        assertEquals(List.of("MCPEE002: @McpTool method " + Tools.class.getName() + "#hidden() is not public."
                + " Fix: make it public so that calls go through the bean's proxy and interceptors."), problems);
    }
}
