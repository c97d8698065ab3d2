package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Every HTTP behaviour of the Streamable HTTP transport on a real Open Liberty, as a matrix of
 * (request) x (status, headers, body). Each row runs on its own; all failures are reported together.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StreamableHttpIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return SampleWar.archive();
    }

    @ArquillianResource
    URL base;

    private record Row(String name, Consumer<McpHttp> check) {
    }

    private static final String V = "2025-11-25";

    @Test
    void matrix() {
        McpHttp mcp = SampleWar.client(base);
        List<Row> rows = new ArrayList<>();

        rows.add(new Row("initialize opens a session with a visible-ASCII id", c -> {
            HttpResponse<String> r = c.post().body(McpHttp.initialize(V)).send();
            expect(r, 200, "application/json");
            String id = r.headers().firstValue("Mcp-Session-Id").orElse("");
            assertTrue(id.matches("[\\x21-\\x7E]{32,}"), "session id " + id);
            JsonObject result = json(r).getJsonObject("result");
            assertEquals(V, result.getString("protocolVersion"));
            assertEquals("vetassist", result.getJsonObject("serverInfo").getString("name"));
            assertEquals(true, result.getJsonObject("capabilities").getJsonObject("tools").getBoolean("listChanged"));
        }));
        rows.add(new Row("initialize negotiates 2025-06-18", c -> assertEquals("2025-06-18",
                json(c.post().body(McpHttp.initialize("2025-06-18")).send()).getJsonObject("result")
                        .getString("protocolVersion"))));
        rows.add(new Row("initialize with an unknown revision gets the latest", c -> assertEquals(V,
                json(c.post().body(McpHttp.initialize("1999-01-01")).send()).getJsonObject("result")
                        .getString("protocolVersion"))));
        rows.add(new Row("initialize without protocolVersion is invalid params", c -> {
            HttpResponse<String> r = c.post().body(McpHttp.request(1, "initialize", "{}")).send();
            expect(r, 200, "application/json");
            assertEquals(-32602, json(r).getJsonObject("error").getInt("code"));
        }));
        rows.add(new Row("notification gets 202 and no body", c -> {
            HttpResponse<String> r = c.post().session(c.openSession())
                    .body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").send();
            assertEquals(202, r.statusCode());
            assertEquals("", r.body());
        }));
        rows.add(new Row("a JSON-RPC response from the client gets 202", c -> {
            HttpResponse<String> r = c.post().session(c.openSession())
                    .body("{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{}}").send();
            assertEquals(202, r.statusCode());
            assertEquals("", r.body());
        }));
        rows.add(new Row("ping", c -> {
            HttpResponse<String> r = c.post().session(c.openSession()).body(McpHttp.request(3, "ping", null)).send();
            expect(r, 200, "application/json");
            assertEquals(McpHttp.parse("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{}}"), json(r));
        }));
        rows.add(new Row("missing session header is 400", c -> {
            HttpResponse<String> r = c.post().body(McpHttp.request(4, "tools/list", null)).send();
            expectError(r, 400, 4, -32600);
        }));
        rows.add(new Row("unknown session is 404", c -> {
            HttpResponse<String> r = c.post().session("no-such-session").body(McpHttp.request(5, "tools/list", null))
                    .send();
            expectError(r, 404, 5, -32001);
        }));
        rows.add(new Row("unsupported MCP-Protocol-Version is 400", c -> {
            HttpResponse<String> r = c.post().session(c.openSession()).header("MCP-Protocol-Version", "1999-01-01")
                    .body(McpHttp.request(6, "tools/list", null)).send();
            expectError(r, 400, 6, -32600);
        }));
        rows.add(new Row("a supported MCP-Protocol-Version passes", c -> {
            HttpResponse<String> r = c.post().session(c.openSession()).header("MCP-Protocol-Version", "2025-06-18")
                    .body(McpHttp.request(6, "ping", null)).send();
            expect(r, 200, "application/json");
        }));
        rows.add(new Row("a batch is refused", c -> {
            HttpResponse<String> r = c.post().session(c.openSession())
                    .body("[" + McpHttp.request(1, "ping", null) + "]").send();
            expectError(r, 400, null, -32600);
        }));
        rows.add(new Row("invalid JSON is a parse error", c -> expectError(c.post().body("{\"jsonrpc\":").send(),
                400, null, -32700)));
        rows.add(new Row("an empty body is a parse error", c -> expectError(c.post().send(), 400, null, -32700)));
        rows.add(new Row("very deep nesting is a parse error, not a 5xx", c -> expectError(
                c.post().body("[".repeat(100_000)).send(), 400, null, -32700)));
        rows.add(new Row("a JSON-RPC message without method is invalid", c -> expectError(
                c.post().body("{\"jsonrpc\":\"2.0\",\"id\":8}").send(), 400, 8, -32600)));
        rows.add(new Row("wrong Content-Type is 415", c -> expectError(
                c.post().header("Content-Type", "text/plain").body(McpHttp.initialize(V)).send(), 415, null, -32600)));
        rows.add(new Row("an Accept without JSON or SSE is 406", c -> expectError(
                c.post().header("Accept", "text/html").body(McpHttp.initialize(V)).send(), 406, null, -32600)));
        rows.add(new Row("a foreign Origin is 403", c -> expectError(
                c.post().header("Origin", "https://evil.example").body(McpHttp.initialize(V)).send(), 403, null,
                -32600)));
        rows.add(new Row("a local Origin passes", c -> expect(
                c.post().header("Origin", "http://localhost:6274").body(McpHttp.initialize(V)).send(), 200,
                "application/json")));
        rows.add(new Row("a body over the limit is 413", c -> expectError(
                c.post().body("{\"x\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}").send(), 413, null, -32600)));
        rows.add(new Row("without a token even initialize is 401", c -> {
            HttpResponse<String> r = c.as(null).post().body(McpHttp.initialize(V)).send();
            assertEquals(401, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer resource_metadata="));
        }));
        rows.add(new Row("GET without a session is 400", c -> expectError(c.stream().send(), 400, null, -32600)));
        rows.add(new Row("GET that does not accept SSE is 406", c -> expectError(c.get().header("Accept", "application/json").session(c.openSession()).send(),
                406, null, -32600)));
        rows.add(new Row("GET with an unknown session is 404", c -> expectError(c.stream().session("nope").send(),
                404, null, -32001)));
        rows.add(new Row("PUT is 405 without an HTML page", c -> {
            HttpResponse<String> r = c.post().method("PUT").body("{}").send();
            assertEquals(405, r.statusCode());
            assertTrue(!r.body().contains("<html"), r.body());
        }));
        rows.add(new Row("DELETE ends a session; it is then unknown", c -> {
            String id = c.openSession();
            assertEquals(204, c.post().method("DELETE").session(id).send().statusCode());
            expectError(c.post().session(id).body(McpHttp.request(9, "ping", null)).send(), 404, 9, -32001);
            assertEquals(404, c.post().method("DELETE").session(id).send().statusCode());
        }));
        rows.add(new Row("DELETE without a session is 400", c -> assertEquals(400,
                c.post().method("DELETE").send().statusCode())));
        rows.add(new Row("unknown method is -32601", c -> {
            HttpResponse<String> r = c.post().session(c.openSession()).body(McpHttp.request(10, "no/such/method", null))
                    .send();
            expectError(r, 200, 10, -32601);
        }));
        rows.add(new Row("unknown tool is -32602", c -> {
            HttpResponse<String> r = c.post().session(c.openSession())
                    .body(McpHttp.request(11, "tools/call", "{\"name\":\"no_such_tool\"}")).send();
            expectError(r, 200, 11, -32602);
        }));
        rows.add(new Row("a missing required argument is a tool error naming it", c -> {
            JsonObject result = c.callTool(c.openSession(), "get_pet_profile", "{}").getJsonObject("result");
            assertEquals(true, result.getBoolean("isError"));
            assertTrue(result.toString().contains("petId"), result.toString());
        }));
        rows.add(new Row("the server still serves after all of the above", c -> expect(
                c.post().session(c.openSession()).body(McpHttp.request(12, "ping", null)).send(), 200,
                "application/json")));

        List<Executable> checks = new ArrayList<>();
        for (Row row : rows) {
            checks.add(() -> {
                try {
                    row.check().accept(mcp);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(row.name() + ": " + e.getMessage(), e);
                }
            });
        }
        assertAll("Streamable HTTP matrix (" + rows.size() + " rows)", checks);
    }

    @Test
    void hostileBodiesGetTheLimitsAnswers() {
        hostileBodies(SampleWar.client(base));
    }

    /**
     * Bodies past the limits, on either server: larger than mcp.http.max-request-bytes (4 MiB) with or without a
     * declared length, also past WildFly's own 10 MiB max-post-size; nested deeper than mcp.http.max-json-depth;
     * an Accept header with an empty range (found by the fuzzer: it threw).
     *
     * @param mcp a client of the endpoint
     */
    static void hostileBodies(McpHttp mcp) {
        String session = mcp.openSession();
        String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\""
                + "a".repeat(5 * 1024 * 1024) + "\"}}";
        expectError(mcp.post().session(session).body(big).send(), 413, null, -32600);
        String huge = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\""
                + "a".repeat(11 * 1024 * 1024) + "\"}}";
        expectError(mcp.post().session(session).body(huge).send(), 413, null, -32600);
        String deep = "[".repeat(65) + "]".repeat(65);
        expectError(mcp.post().session(session).body("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\","
                + "\"params\":{\"x\":" + deep + "}}").send(), 400, null, -32700);
        expectError(mcp.post().session(session).header("Accept", ";").body(McpHttp.request(3, "ping", null)).send(),
                406, null, -32600);
        // Still serving.
        expect(mcp.post().session(session).body(McpHttp.request(4, "ping", null)).send(), 200, "application/json");
    }

    static JsonObject json(HttpResponse<String> r) {
        return McpHttp.parse(r.body()).asJsonObject();
    }

    static void expect(HttpResponse<String> r, int status, String contentType) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(contentType),
                "Content-Type " + r.headers().firstValue("Content-Type"));
    }

    static void expectError(HttpResponse<String> r, int status, Integer id, int code) {
        expect(r, status, "application/json");
        JsonObject body = json(r);
        assertEquals("2.0", body.getString("jsonrpc"));
        assertEquals(code, body.getJsonObject("error").getInt("code"), r.body());
        assertEquals(id == null ? "null" : id.toString(), body.get("id").toString());
        assertTrue(!r.body().contains("Exception") && !r.body().contains("\tat "), "no stack trace: " + r.body());
    }
}
