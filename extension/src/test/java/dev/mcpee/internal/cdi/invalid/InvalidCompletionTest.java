package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.mcpee.api.McpCompletion;
import dev.mcpee.api.McpPrompt;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

class InvalidCompletionTest {

    @ApplicationScoped
    public static class Completions {
        @McpPrompt
        public String p(String a) {
            return a;
        }

        @McpCompletion(argument = "a")
        public List<String> noTarget(String v) {
            return List.of();
        }

        @McpCompletion(prompt = "p", argument = "b")
        public List<String> unknownArgument(String v) {
            return List.of();
        }

        @McpCompletion(prompt = "p", argument = "a")
        public String wrongSignature(int v) {
            return "";
        }
    }

    @Test
    void reportsEveryProblem() {
        List<String> problems = WeldDeployment.problems(Completions.class);
        assertEquals(List.of("MCPEE028", "MCPEE029", "MCPEE030"),
                problems.stream().map(p -> p.substring(0, 8)).sorted().toList(), problems.toString());
    }
}
