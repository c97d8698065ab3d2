package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.mcpee.api.McpResource;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

class InvalidResourceTest {

    @ApplicationScoped
    public static class Resources {
        @McpResource(uri = "no-scheme")
        public String relative() {
            return "";
        }

        @McpResource(uri = "test://pets/{petId}")
        public String unbound(double weight) {
            return "";
        }

        @McpResource(uri = "test://x")
        public int number() {
            return 1;
        }
    }

    @Test
    void reportsEveryProblem() {
        List<String> problems = WeldDeployment.problems(Resources.class);
        assertEquals(List.of("MCPEE023", "MCPEE024", "MCPEE025", "MCPEE026"),
                problems.stream().map(p -> p.substring(0, 8)).sorted().toList(), problems.toString());
    }
}
