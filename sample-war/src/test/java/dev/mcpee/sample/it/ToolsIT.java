package dev.mcpee.sample.it;

import static dev.mcpee.test.TextCondition.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mcpee.test.McpTestClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The VetAssist tools on a real Open Liberty: the golden tools/list, results, errors and SSE. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ToolsIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return SampleWar.archive();
    }

    @ArquillianResource
    URL base;

    @Test
    void toolsListMatchesTheGoldenFile() throws IOException {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        HttpResponse<String> r = mcp.post().session(session).header("MCP-Protocol-Version", "2025-11-25")
                .body(McpHttp.request(2, "tools/list", null)).send();
        assertEquals(200, r.statusCode(), r.body());
        JsonValue actual = McpHttp.parse(r.body()).asJsonObject().getJsonObject("result");
        try (InputStream in = getClass().getResourceAsStream("/golden/tools-list.json")) {
            JsonValue expected = McpHttp.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(expected, actual, "tools/list differs from src/test/resources/golden/tools-list.json");
        }
    }

    @Test
    void promptsAreListedAndRendered() {
        McpHttp mcp = SampleWar.client(base);
        HttpResponse<String> init = mcp.post().body(McpHttp.initialize("2025-11-25")).send();
        assertEquals(McpHttp.parse("{\"tools\":{\"listChanged\":true},\"logging\":{},\"prompts\":{\"listChanged\":true},"
                + "\"resources\":{\"subscribe\":true,\"listChanged\":true},\"completions\":{}}"),
                McpHttp.parse(init.body()).asJsonObject().getJsonObject("result").get("capabilities"));
        String session = mcp.openSession();
        HttpResponse<String> list = mcp.post().session(session).body(McpHttp.request(3, "prompts/list", null)).send();
        assertEquals(McpHttp.parse("[{\"name\":\"prepare_visit\",\"title\":\"Prepare a vet visit\",\"description\":"
                + "\"Helps prepare questions for the vet about one pet, with its profile attached.\",\"arguments\":["
                + "{\"name\":\"petId\",\"description\":\"Pet id, from list_pets\",\"required\":true},"
                + "{\"name\":\"concern\",\"description\":\"What worries you, if anything\",\"required\":false}],"
                + "\"_meta\":{\"securitySchemes\":[{\"type\":\"oauth2\",\"scopes\":[\"pet-profile:read\"]}]}}]"),
                McpHttp.parse(list.body()).asJsonObject().getJsonObject("result").get("prompts"));
        // A client taking JSON only gets the messages alone (the prompt's progress has nowhere to go).
        HttpResponse<String> get = mcp.post().session(session).header("Accept", "application/json")
                .body(McpHttp.request(4, "prompts/get",
                "{\"name\":\"prepare_visit\",\"arguments\":{\"petId\":\"1\",\"concern\":\"cough\"}}")).send();
        JsonObject result = McpHttp.parse(get.body()).asJsonObject().getJsonObject("result");
        assertEquals("Visit preparation for Rex", result.getString("description"));
        assertEquals(2, result.getJsonArray("messages").size());
        assertTrue(result.getJsonArray("messages").getJsonObject(0).getJsonObject("content").getString("text")
                .contains("I am worried about: cough"));
        assertEquals("vetassist://pets/1", result.getJsonArray("messages").getJsonObject(1).getJsonObject("content")
                .getJsonObject("resource").getString("uri"));
        // The prompt takes McpContext: a client accepting both gets a stream, which carries the error too.
        HttpResponse<String> missing = mcp.post().session(session).body(McpHttp.request(5, "prompts/get",
                "{\"name\":\"prepare_visit\"}")).send();
        assertEquals(true, missing.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<SseEvent> events = SseEvent.parse(missing.body());
        assertEquals(-32602, events.get(events.size() - 1).json().getJsonObject("error").getInt("code"));
    }

    @Test
    void resourcesAreListedAndRead() {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        JsonObject list = McpHttp.parse(mcp.post().session(session).body(McpHttp.request(1, "resources/list", null))
                .send().body()).asJsonObject().getJsonObject("result");
        assertEquals("vetassist://clinic/hours", list.getJsonArray("resources").getJsonObject(0).getString("uri"));
        JsonObject templates = McpHttp.parse(mcp.post().session(session).body(McpHttp.request(2,
                "resources/templates/list", null)).send().body()).asJsonObject().getJsonObject("result");
        assertEquals("vetassist://pets/{petId}", templates.getJsonArray("resourceTemplates").getJsonObject(0)
                .getString("uriTemplate"));
        JsonObject read = McpHttp.parse(mcp.post().session(session).body(McpHttp.request(3, "resources/read",
                "{\"uri\":\"vetassist://pets/2\"}")).send().body()).asJsonObject().getJsonObject("result");
        JsonObject contents = read.getJsonArray("contents").getJsonObject(0);
        assertEquals("application/json", contents.getString("mimeType"));
        assertEquals("Misty", McpHttp.parse(contents.getString("text")).asJsonObject().getString("name"));
        JsonObject unknown = McpHttp.parse(mcp.post().session(session).body(McpHttp.request(4, "resources/read",
                "{\"uri\":\"vetassist://nothing\"}")).send().body()).asJsonObject();
        assertEquals(-32002, unknown.getJsonObject("error").getInt("code"));
    }

    @Test
    void petIdsAreCompleted() {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        JsonObject prompt = McpHttp.parse(mcp.post().session(session).body(McpHttp.request(1, "completion/complete",
                "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"prepare_visit\"},\"argument\":{\"name\":"
                        + "\"petId\",\"value\":\"\"}}")).send().body()).asJsonObject();
        assertEquals(McpHttp.parse("{\"completion\":{\"values\":[\"1\",\"2\",\"3\"]}}"), prompt.get("result"),
                "vet staff see every pet");
        JsonObject template = McpHttp.parse(mcp.post().session(session).body(McpHttp.request(2,
                "completion/complete", "{\"ref\":{\"type\":\"ref/resource\",\"uri\":\"vetassist://pets/{petId}\"},"
                        + "\"argument\":{\"name\":\"petId\",\"value\":\"2\"}}")).send().body()).asJsonObject();
        assertEquals(McpHttp.parse("{\"completion\":{\"values\":[\"2\"]}}"), template.get("result"));
    }

    @Test
    void progressAndLogsStreamWhileTheToolRuns() {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        HttpResponse<String> r = mcp.post().session(session).header("MCP-Protocol-Version", "2025-11-25")
                .body(McpHttp.request(9, "tools/call", "{\"name\":\"vaccination_report\",\"arguments\":{},"
                        + "\"_meta\":{\"progressToken\":\"p-1\"}}")).send();
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<SseEvent> events = SseEvent.parse(r.body());
        assertEquals("", events.get(0).data(), "priming event");
        List<JsonObject> messages = events.stream().skip(1).map(e -> McpHttp.parse(e.data()).asJsonObject()).toList();
        List<JsonObject> progress = messages.stream().filter(m -> "notifications/progress".equals(
                m.getString("method", ""))).toList();
        assertEquals(3, progress.size(), "one step per pet: " + messages);
        assertEquals(McpHttp.parse("{\"progressToken\":\"p-1\",\"progress\":3.0,\"total\":3.0,\"message\":\"Thumper\"}"),
                progress.get(2).get("params"));
        assertTrue(messages.stream().anyMatch(m -> "notifications/message".equals(m.getString("method", ""))));
        JsonObject last = messages.get(messages.size() - 1);
        assertEquals(9, last.getInt("id"), "the response comes last");
        assertTrue(last.getJsonObject("result").toString().contains("Rex: distemper due 2026-09-15"), last.toString());
    }

    @Test
    void subscribedChangesArriveOnTheServerStream() throws Exception {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        HttpResponse<String> subscribed = mcp.post().session(session).body(McpHttp.request(1, "resources/subscribe",
                "{\"uri\":\"vetassist://pets/1\"}")).send();
        assertEquals(McpHttp.parse("{}"), McpHttp.parse(subscribed.body()).asJsonObject().get("result"));
        java.util.concurrent.CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> stream = mcp.stream().session(session)
                .sendLines();
        HttpResponse<java.util.stream.Stream<String>> open = stream.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, open.statusCode());
        assertEquals(409, mcp.stream()
                .session(session).send().statusCode(), "one stream per session");
        mcp.callTool(session, "update_pet_profile", "{\"petId\":1,\"update\":{\"breed\":\"Labrador\"}}");
        SseEvent event = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> SseEvent.nextMessage(open.body().iterator())).get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(McpHttp.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/updated\","
                + "\"params\":{\"uri\":\"vetassist://pets/1\"}}"), event.json());
        assertEquals(204, mcp.post().method("DELETE").session(session).send().statusCode(), "ending the session"
                + " ends its stream");
    }

    @Test
    void structuredResultCarriesTextCopy() {
        McpHttp mcp = SampleWar.client(base);
        JsonObject result = mcp.callTool(mcp.openSession(), "get_pet_profile", "{\"petId\":1}")
                .getJsonObject("result");
        JsonObject pet = result.getJsonObject("structuredContent");
        assertEquals("Rex", pet.getString("name"));
        assertEquals("DOG", pet.getString("species"));
        assertEquals("2019-04-02", pet.getString("birthDate"));
        assertEquals(pet, McpHttp.parse(result.getJsonArray("content").getJsonObject(0).getString("text")));
        assertFalse(result.containsKey("isError"));
    }

    @Test
    void listsAreWrappedAsResult() {
        try (McpTestClient client = staff()) {
            client.callTool("list_pets", Map.of("owner", "alice")).assertOk().assertStructured("{\"result\":["
                    + "{\"id\":1,\"name\":\"Rex\",\"species\":\"DOG\"},"
                    + "{\"id\":2,\"name\":\"Misty\",\"species\":\"CAT\"}]}");
        }
    }

    @Test
    void toolExceptionIsAnErrorResultWithTheAuthorsMessage() {
        McpHttp mcp = SampleWar.client(base);
        JsonObject result = mcp.callTool(mcp.openSession(), "get_pet_profile", "{\"petId\":99}")
                .getJsonObject("result");
        assertEquals(McpHttp.parse("{\"content\":[{\"type\":\"text\",\"text\":\"No pet with id 99; call list_pets"
                + " to see the ids\"}],\"isError\":true}"), result);
    }

    @Test
    void constraintsAndTypesAreCheckedBeforeTheCall() {
        try (McpTestClient client = staff()) {
            client.callTool("book_appointment", Map.of("petId", 1, "date", "2099-01-01", "reason", "x"))
                    .assertToolError().assertText(contains("reason"));
            client.callTool("book_appointment", Map.of("petId", 1, "date", "tomorrow"))
                    .assertToolError().assertText(contains("date"));
        }
    }

    /** The test client (mcp-ee-test) on this deployment, as vet staff with every scope. */
    private McpTestClient staff() {
        URI endpoint = SampleWar.endpoint(base);
        return McpTestClient.to(endpoint).token(Tokens.staff(AuthServers.Provider.ASGARDEO, endpoint.toString()))
                .open();
    }

    @Test
    void contentListWithResourceLink() {
        McpHttp mcp = SampleWar.client(base);
        JsonObject result = mcp.callTool(mcp.openSession(), "pet_card", "{\"petId\":2}").getJsonObject("result");
        assertEquals(McpHttp.parse("{\"content\":[{\"type\":\"text\",\"text\":\"Misty (cat, born 2021-11-20)\"},"
                + "{\"type\":\"resource_link\",\"uri\":\"vetassist://pets/2\",\"name\":\"Misty\","
                + "\"description\":\"Profile of Misty\",\"mimeType\":\"application/json\"}]}"), result);
    }

    @Test
    void asynchronousToolAnswersAsAnEventStreamWhenTheClientAcceptsIt() {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        HttpResponse<String> r = mcp.post().session(session).header("MCP-Protocol-Version", "2025-11-25")
                .body(McpHttp.request(21, "tools/call", "{\"name\":\"book_appointment\",\"arguments\":{\"petId\":2,"
                        + "\"date\":\"" + LocalDate.now().plusDays(3) + "\",\"notes\":\"shy\"}}")).send();
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<SseEvent> events = SseEvent.parse(r.body());
        assertEquals(2, events.size(), r.body());
        SseEvent priming = events.get(0);
        assertEquals("", priming.data(), "the priming event has empty data");
        assertFalse(priming.id().isEmpty(), "the priming event has an id");
        SseEvent message = events.get(1);
        assertFalse(message.id().equals(priming.id()));
        JsonObject response = McpHttp.parse(message.data()).asJsonObject();
        assertEquals(21, response.getInt("id"));
        JsonObject appointment = response.getJsonObject("result").getJsonObject("structuredContent");
        assertEquals("check-up", appointment.getString("reason"), "the default value applied");
        assertEquals("shy", appointment.getString("notes"));
        assertEquals(2, appointment.getInt("petId"));
    }

    @Test
    void asynchronousToolAnswersJsonWhenTheClientTakesOnlyJson() {
        McpHttp mcp = SampleWar.client(base);
        JsonObject result = mcp.callTool(mcp.openSession(), "book_appointment", "{\"petId\":3,\"date\":\""
                + LocalDate.now().plusDays(1) + "\",\"reason\":\"nail trim\"}").getJsonObject("result");
        assertEquals("nail trim", result.getJsonObject("structuredContent").getString("reason"));
    }

    /** One server-sent event, read as an SSE client reads it (WHATWG event-stream parsing, reduced). */
}
