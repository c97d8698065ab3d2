package dev.mcpee.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpPrompt;
import dev.mcpee.api.PromptMessage;
import dev.mcpee.api.PromptResult;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.TextContent;
import dev.mcpee.api.ToolException;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.security.AccessRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Prompts in a real CDI container: discovery, listing, rendering, errors and access. */
class PromptTest {

    /** Prompts under test. */
    @ApplicationScoped
    public static class Prompts {
        @McpPrompt(name = "greet", title = "Greeting", description = "Says hello")
        public String greet(@McpArg(description = "Who") String who,
                            @McpArg(defaultValue = "\"!\"") String punctuation) {
            return "Hello " + who + punctuation;
        }

        @McpPrompt
        public PromptResult visit(Optional<String> concern) {
            return new PromptResult("Visit", List.of(PromptMessage.user("Prepare a visit" + concern.map(c -> ": " + c)
                    .orElse("")), PromptMessage.assistant("Sure")));
        }

        @McpPrompt
        @RequiresScope("secret")
        public PromptMessage guarded() {
            return new PromptMessage(PromptMessage.Role.USER, new TextContent("x"));
        }

        @McpPrompt
        public String refuse(String code) {
            throw new ToolException("Unknown code " + code);
        }
    }

    @RegisterExtension
    static final DeployedDispatcher DEPLOYMENT = new DeployedDispatcher(Prompts.class);

    private static JsonObject request(String method, String params) {
        return DEPLOYMENT.request(method, params);
    }

    @Test
    void listsWhatTheCallerMayGet() {
        assertEquals(Json.parse("{\"prompts\":[{\"name\":\"greet\",\"title\":\"Greeting\",\"description\":\"Says hello\","
                + "\"arguments\":[{\"name\":\"who\",\"description\":\"Who\",\"required\":true},"
                + "{\"name\":\"punctuation\",\"required\":false}]},"
                + "{\"name\":\"guarded\",\"arguments\":[],\"_meta\":{\"securitySchemes\":[{\"type\":\"oauth2\","
                + "\"scopes\":[\"secret\"]}]}},"
                + "{\"name\":\"refuse\",\"arguments\":[{\"name\":\"code\",\"required\":true}]},"
                + "{\"name\":\"visit\",\"arguments\":[{\"name\":\"concern\",\"required\":false}]}]}"),
                request("prompts/list", "{}").get("result"), "guarded needs a scope the caller lacks: listed with it");
    }

    @Test
    void renders() {
        assertEquals(Json.parse("{\"messages\":[{\"role\":\"user\",\"content\":{\"type\":\"text\","
                + "\"text\":\"Hello Ann!\"}}]}"), request("prompts/get",
                "{\"name\":\"greet\",\"arguments\":{\"who\":\"Ann\"}}").get("result"));
        assertEquals(Json.parse("{\"description\":\"Visit\",\"messages\":[{\"role\":\"user\",\"content\":{\"type\":"
                + "\"text\",\"text\":\"Prepare a visit: cough\"}},{\"role\":\"assistant\",\"content\":{\"type\":"
                + "\"text\",\"text\":\"Sure\"}}]}"), request("prompts/get",
                "{\"name\":\"visit\",\"arguments\":{\"concern\":\"cough\"}}").get("result"));
    }

    @Test
    void errorsAreInvalidParams() {
        for (String params : new String[] {"{\"name\":\"nope\"}", "{\"name\":\"greet\"}",
            "{\"name\":\"greet\",\"arguments\":{\"who\":3}}", "{\"name\":\"refuse\",\"arguments\":{\"code\":\"x\"}}"}) {
            JsonObject error = request("prompts/get", params).getJsonObject("error");
            assertEquals(-32602, error.getInt("code"), params);
        }
        assertEquals("Missing required argument 'who'", request("prompts/get", "{\"name\":\"greet\"}")
                .getJsonObject("error").getString("message"));
    }

    @Test
    void accessIsDecidedBeforeRendering() {
        AccessRule.Decision d = DEPLOYMENT.authorize("prompts/get", "{\"name\":\"guarded\"}");
        assertTrue(d instanceof AccessRule.InsufficientScope, d.toString());
    }
}
