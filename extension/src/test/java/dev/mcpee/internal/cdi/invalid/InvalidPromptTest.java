package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.mcpee.api.McpPrompt;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

class InvalidPromptTest {

    @ApplicationScoped
    public static class Prompts {
        @McpPrompt
        public String count(int n) {
            return "";
        }

        @McpPrompt
        public int number() {
            return 1;
        }

        @McpPrompt(name = "number")
        public String other() {
            return "";
        }
    }

    @ApplicationScoped
    public static class Twins {
        @McpPrompt(name = "same")
        public String one() {
            return "";
        }

        @McpPrompt(name = "same")
        public String two() {
            return "";
        }
    }

    @Test
    void duplicateNames() {
        List<String> problems = WeldDeployment.problems(Twins.class);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).startsWith("MCPEE022: The prompt name 'same' is used by both "),
                problems.get(0));
    }

    @Test
    void reportsArgumentTypesReturnTypesAndDuplicates() {
        String cls = Prompts.class.getName();
        List<String> problems = WeldDeployment.problems(Prompts.class);
        assertEquals(List.of(
                "MCPEE020: parameter 1 of @McpPrompt method " + cls + "#count(int) has the type int, but prompt"
                        + " arguments are strings. Fix: declare it as String or Optional<String> and convert it in the"
                        + " method (or McpContext for the call's context).",
                "MCPEE021: @McpPrompt method " + cls + "#number() returns int. Fix: return String, PromptMessage,"
                        + " List<PromptMessage> or PromptResult."),
                problems.stream().filter(p -> !p.startsWith("MCPEE022")).sorted().toList());
        assertEquals(0, problems.stream().filter(p -> p.startsWith("MCPEE022")).count(),
                "number() failed, so 'number' is not a duplicate");
    }
}
