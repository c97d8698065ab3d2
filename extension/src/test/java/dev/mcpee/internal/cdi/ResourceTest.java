package dev.mcpee.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.mcpee.api.EmbeddedResource;
import dev.mcpee.api.McpResource;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.ToolException;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.security.AccessRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Resources and templates in a real CDI container: listing, reading, errors and access. */
class ResourceTest {

    /** Resources under test. */
    @ApplicationScoped
    public static class Resources {
        @McpResource(uri = "test://static/text", name = "static_text", title = "Static", mimeType = "text/plain")
        public String text() {
            return "hello";
        }

        @McpResource(uri = "test://static/blob", mimeType = "application/octet-stream")
        public byte[] blob() {
            return new byte[] {1, 2, 3};
        }

        @McpResource(uri = "test://pets/{petId}", name = "pet", mimeType = "application/json")
        public String pet(long petId) {
            if (petId == 404) {
                throw new ToolException("No pet 404");
            }
            return "{\"id\":" + petId + "}";
        }

        @McpResource(uri = "test://pets/{petId}/files/{file}", name = "file")
        public List<EmbeddedResource> file(long petId, String file) {
            return List.of(EmbeddedResource.text("test://pets/" + petId + "/files/" + file, "text/plain", file));
        }

        @McpResource(uri = "test://secret")
        @RequiresScope("secret")
        public String secret() {
            return "s";
        }
    }

    @RegisterExtension
    static final DeployedDispatcher DEPLOYMENT = new DeployedDispatcher(Resources.class);

    private static JsonObject request(String method, String params) {
        return DEPLOYMENT.request(method, params);
    }

    @Test
    void lists() {
        assertEquals(Json.parse("[{\"uri\":\"test://secret\",\"name\":\"secret\",\"_meta\":{\"securitySchemes\":"
                + "[{\"type\":\"oauth2\",\"scopes\":[\"secret\"]}]}},{\"uri\":\"test://static/blob\",\"name\":\"blob\",\"mimeType\":"
                + "\"application/octet-stream\"},{\"uri\":\"test://static/text\",\"name\":\"static_text\","
                + "\"title\":\"Static\",\"mimeType\":\"text/plain\"}]"),
                request("resources/list", "{}").getJsonObject("result").get("resources"), "secret needs a scope the caller lacks: listed with it");
        assertEquals(Json.parse("[{\"uriTemplate\":\"test://pets/{petId}\",\"name\":\"pet\",\"mimeType\":"
                + "\"application/json\"},{\"uriTemplate\":\"test://pets/{petId}/files/{file}\",\"name\":\"file\"}]"),
                request("resources/templates/list", "{}").getJsonObject("result").get("resourceTemplates"));
    }

    @Test
    void subscribingToAUriNothingServesIsAllowed() {
        assertEquals(Json.parse("{}"), request("resources/subscribe", "{\"uri\":\"test://not/served\"}")
                .get("result"), "recorded, as a resource may appear later");
        assertEquals(AccessRule.ALLOW, DEPLOYMENT.authorize("resources/subscribe", "{\"uri\":\"test://not/served\"}"));
    }

    @Test
    void reads() {
        assertEquals(Json.parse("{\"contents\":[{\"uri\":\"test://static/text\",\"mimeType\":\"text/plain\","
                + "\"text\":\"hello\"}]}"), request("resources/read", "{\"uri\":\"test://static/text\"}")
                .get("result"));
        assertEquals(Json.parse("{\"contents\":[{\"uri\":\"test://static/blob\",\"mimeType\":"
                + "\"application/octet-stream\",\"blob\":\"AQID\"}]}"), request("resources/read",
                "{\"uri\":\"test://static/blob\"}").get("result"));
        assertEquals(Json.parse("{\"contents\":[{\"uri\":\"test://pets/7\",\"mimeType\":\"application/json\","
                + "\"text\":\"{\\\"id\\\":7}\"}]}"), request("resources/read", "{\"uri\":\"test://pets/7\"}")
                .get("result"));
        assertEquals("a.txt", request("resources/read", "{\"uri\":\"test://pets/7/files/a.txt\"}")
                .getJsonObject("result").getJsonArray("contents").getJsonObject(0).getString("text"),
                "the more specific template wins");
    }

    @Test
    void errors() {
        assertEquals(-32002, request("resources/read", "{\"uri\":\"test://nope\"}").getJsonObject("error")
                .getInt("code"));
        assertEquals(-32602, request("resources/read", "{\"uri\":\"test://pets/abc\"}").getJsonObject("error")
                .getInt("code"), "not a number");
        assertEquals(-32602, request("resources/read", "{\"uri\":\"test://pets/404\"}").getJsonObject("error")
                .getInt("code"), "ToolException");
        assertEquals(-32602, request("resources/read", "{}").getJsonObject("error").getInt("code"));
    }

    @Test
    void accessIsDecidedBeforeReading() {
        AccessRule.Decision d = DEPLOYMENT.authorize("resources/read", "{\"uri\":\"test://secret\"}");
        assertTrue(d instanceof AccessRule.InsufficientScope, d.toString());
    }

    @Test
    void aTemplateSwitchedOffIsNotRead() {
        var templates = DEPLOYMENT.extension().deployment().catalogs().templates();
        templates.setEnabled("test://pets/{petId}", false);
        try {
            assertEquals(-32002, request("resources/read", "{\"uri\":\"test://pets/7\"}").getJsonObject("error")
                    .getInt("code"), "McpFeatures.disableResource applies to templates");
            assertEquals("a.txt", request("resources/read", "{\"uri\":\"test://pets/7/files/a.txt\"}")
                    .getJsonObject("result").getJsonArray("contents").getJsonObject(0).getString("text"),
                    "the other template still reads");
        } finally {
            templates.setEnabled("test://pets/{petId}", true);
        }
        assertEquals("test://pets/7", request("resources/read", "{\"uri\":\"test://pets/7\"}")
                .getJsonObject("result").getJsonArray("contents").getJsonObject(0).getString("uri"), "on again");
    }
}
