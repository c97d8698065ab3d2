package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

class UnsupportedParameterTypeTest {

    @ApplicationScoped
    public static class Tools {
        @McpTool
        public String anything(Object value) {
            return String.valueOf(value);
        }
    }

    @Test
    void namesTheMethodTheTypeAndTheFix() {
        List<String> problems = WeldDeployment.problems(Tools.class);
        assertEquals(1, problems.size(), problems.toString());
        String p = problems.get(0);
        assertTrue(p.startsWith("MCPEE008: A parameter of @McpTool method " + Tools.class.getName()
                + "#anything(Object) has an unsupported type: "), p);
        assertTrue(p.contains("java.lang.Object"), p);
        assertTrue(p.contains("Fix: use strings, numbers"), p);
    }
}
