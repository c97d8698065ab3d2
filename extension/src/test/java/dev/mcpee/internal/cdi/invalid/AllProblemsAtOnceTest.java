package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

/** Three bad tools in two beans: one deployment failure names all three. */
class AllProblemsAtOnceTest {

    @ApplicationScoped
    public static class A {
        @McpTool(name = "")
        public String ok() {
            return "";
        }

        @McpTool(name = "bad name")
        public String bad() {
            return "";
        }

        @McpTool
        public Thread thread() {
            return null;
        }
    }

    @ApplicationScoped
    @DenyAll
    @PermitAll
    public static class B {
        @McpTool
        public String conflicted() {
            return "";
        }
    }

    @Test
    void oneFailureNamesEveryProblem() {
        List<String> problems = WeldDeployment.problems(A.class, B.class);
        assertEquals(List.of("MCPEE003", "MCPEE010", "MCPEE015"),
                problems.stream().map(p -> p.substring(0, 8)).sorted().toList(), problems.toString());
    }
}
