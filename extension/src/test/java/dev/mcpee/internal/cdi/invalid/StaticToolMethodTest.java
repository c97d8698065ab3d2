package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

class StaticToolMethodTest {

    @ApplicationScoped
    public static class Tools {
        @McpTool
        public static String util() {
            return "";
        }
    }

    @Test
    void asksForAnInstanceMethod() {
        assertEquals(List.of("MCPEE001: @McpTool method " + Tools.class.getName() + "#util() is static. Fix: make"
                + " it an instance method; tools run on a bean instance."), WeldDeployment.problems(Tools.class));
    }
}
