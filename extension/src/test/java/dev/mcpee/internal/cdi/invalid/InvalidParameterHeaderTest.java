package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpTool;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

/** {@code @McpArg(header = ...)} that cannot be a parameter header fails the deployment, once per argument. */
class InvalidParameterHeaderTest {

    @ApplicationScoped
    public static class Tools {
        @McpTool
        public String bad(@McpArg(header = "two words") String a, @McpArg(header = "Region") String b,
                          @McpArg(header = "region") String c, @McpArg(header = "Ratio") double d) {
            return "";
        }
    }

    @Test
    void namesEachArgumentAndWhy() {
        List<String> problems = WeldDeployment.problems(Tools.class);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("MCPEE033: @McpArg(header = \"two words\") of parameter 1")
                && problems.get(0).contains("is not an HTTP token"), problems.get(0));
        assertTrue(problems.get(1).contains("\"region\") of parameter 3") && problems.get(1).contains("used twice"),
                problems.get(1));
        assertTrue(problems.get(2).contains("\"Ratio\") of parameter 4") && problems.get(2).contains("double"),
                problems.get(2));
    }
}
