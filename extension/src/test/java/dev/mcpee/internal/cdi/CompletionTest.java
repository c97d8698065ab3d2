package dev.mcpee.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.mcpee.api.McpCompletion;
import dev.mcpee.api.McpPrompt;
import dev.mcpee.api.McpResource;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.security.AccessRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** completion/complete for prompt arguments and template variables, in a real CDI container. */
class CompletionTest {

    /** Targets and their providers. */
    @ApplicationScoped
    public static class Completing {
        @McpPrompt
        public String species(String kind, String breed) {
            return kind + breed;
        }

        @McpResource(uri = "test://pets/{petId}")
        @RequiresScope("secret")
        public String pet(long petId) {
            return "";
        }

        @McpCompletion(prompt = "species", argument = "kind")
        public List<String> kinds(String prefix) {
            return List.of("cat", "cow", "dog").stream().filter(k -> k.startsWith(prefix)).toList();
        }

        @McpCompletion(prompt = "species", argument = "breed")
        public List<String> breeds(String prefix, Map<String, String> resolved) {
            return "dog".equals(resolved.get("kind")) ? List.of("labrador", "lab-mix") : List.of("siamese");
        }

        @McpCompletion(resource = "test://pets/{petId}", argument = "petId")
        public List<String> ids(String prefix) {
            return IntStream.range(0, 150).mapToObj(Integer::toString).toList();
        }
    }

    @RegisterExtension
    static final DeployedDispatcher DEPLOYMENT = new DeployedDispatcher(Completing.class);

    private static JsonObject complete(String params) {
        return DEPLOYMENT.request("completion/complete", params);
    }

    @Test
    void completesPromptArguments() {
        assertEquals(Json.parse("{\"completion\":{\"values\":[\"cat\",\"cow\"]}}"), complete("{\"ref\":{\"type\":"
                + "\"ref/prompt\",\"name\":\"species\"},\"argument\":{\"name\":\"kind\",\"value\":\"c\"}}").get("result"));
        assertEquals(Json.parse("{\"completion\":{\"values\":[\"labrador\",\"lab-mix\"]}}"), complete("{\"ref\":"
                + "{\"type\":\"ref/prompt\",\"name\":\"species\"},\"argument\":{\"name\":\"breed\",\"value\":\"l\"},"
                + "\"context\":{\"arguments\":{\"kind\":\"dog\"}}}").get("result"), "resolved arguments are passed");
    }

    @Test
    void capsAtOneHundredValues() {
        JsonObject completion = complete("{\"ref\":{\"type\":\"ref/resource\",\"uri\":\"test://pets/{petId}\"},"
                + "\"argument\":{\"name\":\"petId\",\"value\":\"\"}}").getJsonObject("result").getJsonObject("completion");
        assertEquals(100, completion.getJsonArray("values").size());
        assertEquals(150, completion.getInt("total"));
        assertEquals(true, completion.getBoolean("hasMore"));
    }

    @Test
    void unknownTargetsAreInvalidParamsAndUnprovidedArgumentsAreEmpty() {
        assertEquals(-32602, complete("{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"nope\"},\"argument\":{\"name\":"
                + "\"x\",\"value\":\"\"}}").getJsonObject("error").getInt("code"));
        assertEquals(-32602, complete("{\"ref\":{\"type\":\"ref/other\"},\"argument\":{\"name\":\"x\",\"value\":\"\"}}")
                .getJsonObject("error").getInt("code"));
        assertEquals(Json.parse("{\"completion\":{\"values\":[]}}"), complete("{\"ref\":{\"type\":\"ref/prompt\","
                + "\"name\":\"species\"},\"argument\":{\"name\":\"unknown\",\"value\":\"\"}}").get("result"));
    }

    @Test
    void theTargetsAccessApplies() {
        AccessRule.Decision d = DEPLOYMENT.authorize("completion/complete", "{\"ref\":{\"type\":\"ref/resource\","
                + "\"uri\":\"test://pets/{petId}\"},\"argument\":{\"name\":\"petId\",\"value\":\"\"}}");
        assertTrue(d instanceof AccessRule.InsufficientScope, d.toString());
    }
}
