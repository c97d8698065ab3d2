package dev.mcpee.test;

import static dev.mcpee.test.TextCondition.contains;
import static dev.mcpee.test.TextCondition.matches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The assertions against answers as the transport builds them (what each accepts, and what its failure says). */
class McpResponseTest {

    private static McpResponse json(int status, String body, Map<String, List<String>> headers) {
        JsonObject message = JsonValues.parse(body) instanceof JsonObject o ? o : null;
        return new McpResponse("tools/call greet", new Answer(status, HttpHeaders.of(headers, (a, b) -> true), body,
                message, List.of(), List.of()));
    }

    private static McpResponse result(String result) {
        return json(200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + result + "}", Map.of());
    }

    private static String failure(Runnable assertion) {
        return assertThrows(AssertionFailedError.class, assertion::run).getMessage();
    }

    @Test
    void anOkToolResultAndItsTextAndStructuredContent() {
        McpResponse r = result("{\"content\":[{\"type\":\"text\",\"text\":\"Hello, Ada\"},{\"type\":\"image\","
                + "\"data\":\"\"}],\"structuredContent\":{\"greeting\":\"Hello, Ada\",\"n\":3,\"tags\":[1.0]}}");
        r.assertOk().assertText("Hello, Ada").assertText(contains("Ada")).assertText(matches("^Hello"))
                .assertStructured("{\"tags\":[1],\"n\":3.0,\"greeting\":\"Hello, Ada\"}")
                .assertStructured("/n", 3).assertStructured("/tags/0", 1);
        assertTrue(failure(() -> r.assertText(contains("Bob"))).contains("text that contains \"Bob\""));
        assertTrue(failure(() -> r.assertStructured("/n", 4)).contains("/n = 4 in structuredContent (it is 3)"));
        assertTrue(failure(() -> r.assertStructured("/missing", 4)).contains("there is no /missing"));
        assertTrue(failure(r::assertToolError).contains("isError: true"));
    }

    @Test
    void aToolErrorIsNotOkAndTheMessageShowsTheBody() {
        McpResponse r = result("{\"content\":[{\"type\":\"text\",\"text\":\"No pet 99\"}],\"isError\":true}");
        r.assertToolError().assertText("No pet 99");
        String message = failure(r::assertOk);
        assertTrue(message.startsWith("tools/call greet: expected HTTP 200 with a complete result without isError,"
                + " but got HTTP 200"), message);
        assertTrue(message.contains("No pet 99"), message);
    }

    @Test
    void anInputRequiredRoundIsNotOk() {
        assertTrue(failure(result("{\"resultType\":\"input_required\",\"inputRequests\":{}}")::assertOk)
                .contains("input_required"));
    }

    @Test
    void jsonRpcErrorsByCodeAndMessageWhateverTheStatus() {
        McpResponse r = json(400, "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32020,\"message\":\"The"
                + " Mcp-Name header is missing\"}}", Map.of());
        r.assertError(-32020).assertError(-32020, contains("Mcp-Name")).assertStatus(400);
        assertTrue(failure(() -> r.assertError(-32602)).contains("expected a JSON-RPC error -32602"));
        assertTrue(failure(() -> r.assertError(-32020, contains("other"))).contains("an error message that"));
        assertTrue(failure(r::assertOk).contains("a JSON-RPC result"));
        assertTrue(failure(() -> result("{}").assertError(-32602)).contains("a JSON-RPC error -32602"));
    }

    @Test
    void aScopeRefusalNamesTheScopesItNeeds() {
        McpResponse r = json(403, "", Map.of("WWW-Authenticate", List.of("Bearer error=\"insufficient_scope\","
                + " scope=\"pet-profile:read pet-profile:write\", resource_metadata=\"http://h/m\"")));
        r.assertForbidden().assertForbidden("pet-profile:write").assertForbidden("pet-profile:read",
                "pet-profile:write");
        String message = failure(() -> r.assertForbidden("admin"));
        assertTrue(message.contains("scope naming [admin]") && message.contains("WWW-Authenticate: Bearer error="),
                message);
        assertTrue(failure(r::assertUnauthorized).contains("HTTP 401"));
    }

    @Test
    void aRoleRefusalIsForbiddenWithoutScopes() {
        McpResponse r = json(403, "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32001,\"message\":\"no\"}}",
                Map.of());
        r.assertForbidden();
        assertTrue(failure(() -> r.assertForbidden("pet-profile:read")).contains("insufficient_scope"));
    }

    @Test
    void unauthorizedNeedsTheMetadataChallenge() {
        json(401, "", Map.of("WWW-Authenticate", List.of("Bearer resource_metadata=\"http://h/m\", scope=\"a\"")))
                .assertUnauthorized();
        assertTrue(failure(json(401, "", Map.of("WWW-Authenticate", List.of("Basic realm=\"x\"")))::assertUnauthorized)
                .contains("Basic realm"));
    }

    @Test
    void listsByNameOrUri() {
        McpResponse tools = result("{\"tools\":[{\"name\":\"greet\"},{\"name\":\"whoami\"}]}");
        tools.assertListed("greet", "whoami").assertNotListed("admin");
        assertTrue(failure(() -> tools.assertListed("greet", "admin")).contains("a list with [admin] (it lists"
                + " [greet, whoami])"));
        assertTrue(failure(() -> tools.assertNotListed("greet")).contains("a list without [greet]"));
        result("{\"resources\":[{\"uri\":\"app://a\",\"name\":\"a\"}],\"nextCursor\":\"x\"}")
                .assertListed("app://a", "a");
    }

    @Test
    void promptAndResourceTexts() {
        assertEquals("Hi\nsee this", result("{\"messages\":[{\"role\":\"user\",\"content\":{\"type\":\"text\","
                + "\"text\":\"Hi\"}},{\"role\":\"user\",\"content\":{\"type\":\"resource\",\"resource\":{}}},"
                + "{\"role\":\"user\",\"content\":{\"type\":\"text\",\"text\":\"see this\"}}]}").text());
        assertEquals("{\"name\":\"Misty\"}", result("{\"contents\":[{\"uri\":\"a\",\"mimeType\":\"application/json\","
                + "\"text\":\"{\\\"name\\\":\\\"Misty\\\"}\"}]}").text());
    }

    @Test
    void notificationsByMethodAndCount() {
        JsonObject progress = JsonValues.parse("{\"method\":\"notifications/progress\"}").asJsonObject();
        JsonObject log = JsonValues.parse("{\"method\":\"notifications/message\"}").asJsonObject();
        McpResponse r = new McpResponse("tools/call report", new Answer(200, HttpHeaders.of(Map.of(), (a, b) -> true),
                "", JsonValues.parse("{\"id\":1,\"result\":{}}").asJsonObject(), List.of(progress, log, progress),
                List.of()));
        r.assertNotified("notifications/progress", 2).assertNotified("notifications/message");
        assertTrue(failure(() -> r.assertNotified("notifications/progress", 3)).contains("(got [notifications/progress,"
                + " notifications/message, notifications/progress])"));
        assertTrue(failure(() -> r.assertNotified("notifications/cancelled")).contains("a notifications/cancelled"));
    }
}
