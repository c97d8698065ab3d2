package dev.mcpee.internal.http;

import static dev.mcpee.internal.http.HttpFixture.call;
import static dev.mcpee.internal.http.HttpFixture.events;
import static dev.mcpee.internal.http.HttpFixture.initialize;
import static dev.mcpee.internal.http.HttpFixture.json;
import static dev.mcpee.internal.http.HttpFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.internal.jsonrpc.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Streamable HTTP status and header table, run against the transport-neutral handling without a web
 * container: what {@code StreamableHttpIT} checks on Open Liberty over the network, plus the authorization
 * answers and the session rules that need a second user.
 */
class StreamableHttpTest {

    /** The tools the table calls. */
    @ApplicationScoped
    public static class Tools {

        /**
         * Echoes.
         *
         * @param text the text
         * @return the text
         */
        @McpTool(description = "Echoes")
        public String echo(String text) {
            return text;
        }

        /**
         * Needs a scope the test user lacks.
         *
         * @return never, for alice
         */
        @McpTool
        @RequiresScope("admin")
        public String wipe() {
            return "wiped";
        }

        /**
         * Streams its progress.
         *
         * @param context the call's context
         * @return done
         */
        @McpTool
        public String work(McpContext context) {
            context.progress(1, 2.0, "half way");
            return "done";
        }

        /**
         * Completes later.
         *
         * @return later
         */
        @McpTool
        public CompletionStage<String> later() {
            return CompletableFuture.supplyAsync(() -> "later");
        }
    }

    @RegisterExtension
    static final HttpFixture MCP = new HttpFixture(Tools.class);

    private static final String V = "2025-11-25";

    @Test
    void initializeOpensASessionWithAVisibleAsciiId() {
        HttpReply r = MCP.request().post(initialize(V));
        expect(r, 200, HttpReply.JSON);
        assertTrue(r.header(StreamableHttp.SESSION_HEADER).matches("[\\x21-\\x7E]{32,}"));
        JsonObject result = json(r).getJsonObject("result");
        assertEquals(V, result.getString("protocolVersion"));
        assertTrue(result.getJsonObject("capabilities").containsKey("tools"));
    }

    @Test
    void initializeNegotiatesOlderAndUnknownRevisions() {
        assertEquals("2025-06-18", json(MCP.request().post(initialize("2025-06-18"))).getJsonObject("result")
                .getString("protocolVersion"));
        assertEquals(V, json(MCP.request().post(initialize("1999-01-01"))).getJsonObject("result")
                .getString("protocolVersion"));
    }

    @Test
    void initializeWithoutProtocolVersionIsInvalidParams() {
        expectError(MCP.request().post(call(1, "initialize", "{}")), 200, "1", -32602);
    }

    @Test
    void notificationsAndClientResponsesGet202WithoutBody() {
        String session = MCP.openSession();
        HttpReply notification = MCP.request().session(session)
                .post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        assertEquals(202, notification.status());
        assertNull(notification.body());
        assertNull(notification.stream());
        HttpReply response = MCP.request().session(session).post("{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{}}");
        assertEquals(202, response.status());
        assertNull(response.body());
    }

    @Test
    void pingAnswersAsJson() {
        HttpReply r = MCP.request().session(MCP.openSession()).post(call(3, "ping", null));
        expect(r, 200, HttpReply.JSON);
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{}}", text(r));
    }

    @Test
    void aClientAcceptingOnlyEventStreamsGetsTheAnswerAsAnEvent() {
        HttpReply r = MCP.request().session(MCP.openSession()).header("Accept", "text/event-stream")
                .post(call(3, "ping", null));
        expect(r, 200, HttpReply.EVENT_STREAM);
        assertEquals("no-cache", r.header("Cache-Control"));
        assertEquals(List.of(Json.parse("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{}}").asJsonObject()), events(r));
    }

    @Test
    void aMissingSessionIs400AndAnUnknownOne404() {
        expectError(MCP.request().post(call(4, "tools/list", null)), 400, "4", -32600);
        expectError(MCP.request().session("no-such-session").post(call(5, "tools/list", null)), 404, "5", -32001);
    }

    @Test
    void anUnsupportedProtocolVersionHeaderIs400AndASupportedOnePasses() {
        String session = MCP.openSession();
        expectError(MCP.request().session(session).header("MCP-Protocol-Version", "1999-01-01")
                .post(call(6, "tools/list", null)), 400, "6", -32600);
        expect(MCP.request().session(session).header("MCP-Protocol-Version", "2025-06-18")
                .post(call(6, "ping", null)), 200, HttpReply.JSON);
    }

    @Test
    void malformedBodiesAreClientErrors() {
        String session = MCP.openSession();
        expectError(MCP.request().session(session).post("[" + call(1, "ping", null) + "]"), 400, "null", -32600);
        expectError(MCP.request().post("{\"jsonrpc\":"), 400, "null", -32700);
        expectError(MCP.request().post(""), 400, "null", -32700);
        expectError(MCP.request().post("[".repeat(100_000)), 400, "null", -32700);
        expectError(MCP.request().post("{\"jsonrpc\":\"2.0\",\"id\":8}"), 400, "8", -32600);
        // Nested deeper than mcp.http.max-json-depth (64): refused before any parser sees it; 64 levels parse.
        String deep = "[".repeat(65) + "]".repeat(65);
        expectError(MCP.request().post("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\",\"params\":{\"x\":" + deep
                + "}}"), 400, "null", -32700);
        String inString = "\"" + "[".repeat(100) + "\"";
        expect(MCP.request().session(MCP.openSession()).post("{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"ping\","
                + "\"params\":{\"x\":" + inString + "}}"), 200, HttpReply.JSON);
    }

    @Test
    void theDeploymentSummaryNamesWhatAnOperatorLooksFor() {
        assertEquals("mcp-ee: MCP endpoint " + HttpFixture.RESOURCE + " (revisions 2026-07-28, 2025-11-25,"
                + " 2025-06-18): 4 tool(s), 0 prompt(s), 0 resource(s), 0 resource template(s); access tokens of "
                + HttpFixture.ISSUER + "; sessions in memory; reports: audit trail (dev.mcpee.audit, INFO, refusals)", DeploymentSummary.of(MCP.deployment(), "/ctx/mcp"));
    }

    @Test
    void theContentTypeAcceptAndSizeAreChecked() {
        expectError(MCP.request().header("Content-Type", "text/plain").post(initialize(V)), 415, "null", -32600);
        HttpReply notAcceptable = MCP.request().header("Accept", "text/html").post(initialize(V));
        expectError(notAcceptable, 406, "null", -32600);
        // Either type is enough (a JSON-only client gets JSON), and the message says so.
        assertEquals("Accept must allow application/json or text/event-stream",
                json(notAcceptable).getJsonObject("error").getString("message"));
        expect(MCP.request().header("Accept", "application/json").post(initialize(V)), 200, HttpReply.JSON);
        expectError(MCP.request().header("Content-Length", "999999999").post(initialize(V)), 413, "null", -32600);
        expectError(MCP.request().post("{\"x\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}"), 413, "null", -32600);
    }

    @Test
    void aForeignOriginIs403AndALocalOnePasses() {
        expectError(MCP.request().header("Origin", "https://evil.example").post(initialize(V)), 403, "null",
                -32600);
        expect(MCP.request().header("Origin", "http://localhost:6274").post(initialize(V)), 200, HttpReply.JSON);
    }

    @Test
    void withoutATokenEvenInitializeIs401WithTheMetadataChallenge() {
        HttpReply r = MCP.request().header("Authorization", null).post(initialize(V));
        expect(r, 401, HttpReply.JSON);
        assertTrue(r.header("WWW-Authenticate").startsWith("Bearer resource_metadata=\"" + HttpFixture.METADATA
                + "\""), r.header("WWW-Authenticate"));
        assertEquals(401, MCP.request().header("Authorization", null).get().status());
        assertEquals(401, MCP.request().header("Authorization", null).delete().status());
    }

    @Test
    void aBadTokenIs401InvalidToken() {
        HttpReply r = MCP.request().header("Authorization", "Bearer not.a.jwt").post(initialize(V));
        assertEquals(401, r.status());
        assertTrue(r.header("WWW-Authenticate").contains("error=\"invalid_token\""), r.header("WWW-Authenticate"));
        assertEquals("invalid_token", json(r).getString("error"));
    }

    @Test
    void aToolNeedingAScopeTheCallerLacksIs403InsufficientScope() {
        HttpReply r = MCP.request().session(MCP.openSession()).post(call(7, "tools/call", "{\"name\":\"wipe\"}"));
        expectError(r, 403, "7", -32600);
        String challenge = r.header("WWW-Authenticate");
        assertTrue(challenge.contains("error=\"insufficient_scope\"") && challenge.contains("scope=\"admin\""),
                challenge);
    }

    @Test
    void anotherUsersSessionDoesNotExistForThem() {
        String alices = MCP.openSession();
        HttpFixture.Request bob = MCP.request().header("Authorization", "Bearer " + MCP.token("bob", "read"));
        expectError(bob.session(alices).post(call(1, "ping", null)), 404, "1", -32001);
        expectError(bob.session(alices).get(), 404, "null", -32001);
        expectError(bob.session(alices).delete(), 404, "null", -32001);
        expect(MCP.request().session(alices).post(call(2, "ping", null)), 200, HttpReply.JSON);
    }

    @Test
    void aUsersThirdSessionEndsTheirLeastRecentlyUsedOne() {
        HttpFixture.Request carol = MCP.request().header("Authorization", "Bearer " + MCP.token("carol", "read"));
        String first = MCP.openSession(carol);
        String second = MCP.openSession(carol);
        expect(carol.session(second).post(call(1, "ping", null)), 200, HttpReply.JSON);
        String third = MCP.openSession(carol.session(null));
        expectError(carol.session(first).post(call(2, "ping", null)), 404, "2", -32001);
        expect(carol.session(second).post(call(3, "ping", null)), 200, HttpReply.JSON);
        expect(carol.session(third).post(call(4, "ping", null)), 200, HttpReply.JSON);
    }

    @Test
    void getOpensTheSessionStreamOnceAndChecksItsHeaders() {
        String session = MCP.openSession();
        expectError(MCP.request().header("Accept", "text/event-stream").get(), 400, "null", -32600);
        expectError(MCP.request().session(session).header("Accept", "application/json").get(), 406, "null",
                -32600);
        expectError(MCP.request().session("nope").get(), 404, "null", -32001);
        HttpReply open = MCP.request().session(session).header("Accept", "text/event-stream").get();
        expect(open, 200, HttpReply.EVENT_STREAM);
        assertNotNull(open.stream());
        expectError(MCP.request().session(session).header("Accept", "text/event-stream").get(), 409, "null",
                -32600);
    }

    @Test
    void deleteEndsASessionWhichIsThenUnknown() {
        String session = MCP.openSession();
        assertEquals(204, MCP.request().session(session).delete().status());
        expectError(MCP.request().session(session).post(call(9, "ping", null)), 404, "9", -32001);
        assertEquals(404, MCP.request().session(session).delete().status());
        expectError(MCP.request().delete(), 400, "null", -32600);
    }

    @Test
    void unknownMethodsAndToolsAreJsonRpcErrors() {
        String session = MCP.openSession();
        expectError(MCP.request().session(session).post(call(10, "no/such/method", null)), 200, "10", -32601);
        expectError(MCP.request().session(session).post(call(11, "tools/call", "{\"name\":\"nope\"}")), 200, "11",
                -32602);
    }

    @Test
    void aToolTakingTheContextStreamsItsProgressThenTheResult() {
        HttpReply r = MCP.request().session(MCP.openSession())
                .post(call(12, "tools/call", "{\"name\":\"work\",\"_meta\":{\"progressToken\":\"p\"}}"));
        expect(r, 200, HttpReply.EVENT_STREAM);
        List<JsonObject> events = events(r);
        assertEquals("notifications/progress", events.get(0).getString("method"), events.toString());
        assertEquals("half way", events.get(0).getJsonObject("params").getString("message"));
        assertEquals("done", events.get(events.size() - 1).getJsonObject("result").getJsonArray("content")
                .getJsonObject(0).getString("text"));
    }

    @Test
    void anAsynchronousToolIsAnsweredAsAStreamOrLaterAsJson() {
        String session = MCP.openSession();
        HttpReply streamed = MCP.request().session(session).post(call(13, "tools/call", "{\"name\":\"later\"}"));
        expect(streamed, 200, HttpReply.EVENT_STREAM);
        assertEquals("later", events(streamed).get(0).getJsonObject("result").getJsonArray("content")
                .getJsonObject(0).getString("text"));
        HttpReply json = MCP.request().session(session).header("Accept", "application/json")
                .post(call(14, "tools/call", "{\"name\":\"later\"}"));
        expect(json, 200, HttpReply.JSON);
        assertEquals("later", json(json).getJsonObject("result").getJsonArray("content").getJsonObject(0)
                .getString("text"));
    }

    private static void expect(HttpReply r, int status, String contentType) {
        assertEquals(status, r.status(), () -> text(r));
        assertEquals(contentType, r.contentType());
    }

    private static void expectError(HttpReply r, int status, String id, int code) {
        expect(r, status, HttpReply.JSON);
        JsonObject body = json(r);
        assertEquals("2.0", body.getString("jsonrpc"));
        assertEquals(code, body.getJsonObject("error").getInt("code"), () -> text(r));
        assertEquals(id, body.get("id").toString());
    }
}
