package dev.mcpee.internal.http;

import static dev.mcpee.internal.http.HttpFixture.call;
import static dev.mcpee.internal.http.HttpFixture.events;
import static dev.mcpee.internal.http.HttpFixture.json;
import static dev.mcpee.internal.http.HttpFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpResource;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.internal.jsonrpc.Json;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Revision 2026-07-28 on the same endpoint as the 2025 sessions, without a web container: the header and
 * {@code _meta} checks in the revision's order, {@code server/discover}, the result shape, the removed methods,
 * per-request logging, and a 2025 session served alongside.
 */
class StatelessHttpTest {

    /** The tools, and one resource, the requests call. */
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
        @McpTool(description = "Wipes")
        @RequiresScope("admin")
        public String wipe() {
            return "wiped";
        }

        /**
         * Needs a role the test user lacks: no token's scopes can change that, so it is never listed for her.
         *
         * @return never, for alice
         */
        @McpTool(description = "Audits")
        @RolesAllowed("auditor")
        public String audit() {
            return "audited";
        }

        /**
         * Reports progress and logs.
         *
         * @param context the call's context
         * @return done
         */
        @McpTool(description = "Works")
        public String work(McpContext context) {
            context.progress(1, 2.0, "half way");
            context.log(McpContext.Level.INFO, "work", "working");
            return "done";
        }

        /**
         * Asks the user's name.
         *
         * @param context the call's context
         * @return the greeting
         */
        @McpTool(description = "Greets by name")
        public String greet(McpContext context) {
            JsonObject answer = context.elicit("user_name", "Your name?", Json.parse(
                    "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}").asJsonObject())
                    .toCompletableFuture().join();
            return "Hello, " + answer.getJsonObject("content").getString("name");
        }

        /**
         * Says what it could ask the client.
         *
         * @param context the call's context
         * @return "sample=..,elicit=.."
         */
        @McpTool(description = "Reports what it can ask")
        public String asks(McpContext context) {
            return "sample=" + context.canSample() + ",elicit=" + context.canElicit();
        }

        /**
         * Routed by region.
         *
         * @param region the region, also sent as Mcp-Param-Region
         * @param count  how many, also sent as Mcp-Param-Count
         * @return both
         */
        @McpTool(description = "Routed by region")
        public String route(@dev.mcpee.api.McpArg(header = "Region") String region,
                            @dev.mcpee.api.McpArg(header = "Count", required = false, defaultValue = "1") int count) {
            return region + " x" + count;
        }

        /**
         * A resource.
         *
         * @return its text
         */
        @McpResource(uri = "test://notes", name = "notes", mimeType = "text/plain")
        public String notes() {
            return "the notes";
        }

        /**
         * A resource that may be reused for a minute.
         *
         * @return its text
         */
        @McpResource(uri = "test://rates", name = "rates", mimeType = "text/plain", cacheTtl = "PT1M")
        public String rates() {
            return "the rates";
        }
    }

    @RegisterExtension
    static final HttpFixture MCP = new HttpFixture(Tools.class);

    private static final String V = "2026-07-28";
    private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"" + V
            + "\",\"io.modelcontextprotocol/clientCapabilities\":{}}";

    /** A 2026 request with the standard headers set from its method and name. */
    private static HttpFixture.Request modern(String method, String name) {
        return MCP.request().header("MCP-Protocol-Version", V).header("Mcp-Method", method).header("Mcp-Name", name);
    }

    private static String body(int id, String method, String params) {
        return call(id, method, "{" + META + (params.isEmpty() ? "" : "," + params) + "}");
    }

    @Test
    void discoverDescribesTheServerWithoutASession() {
        HttpReply r = modern("server/discover", null).post(body(1, "server/discover", ""));
        assertEquals(200, r.status(), () -> text(r));
        assertEquals(null, r.header(StreamableHttp.SESSION_HEADER));
        JsonObject result = json(r).getJsonObject("result");
        assertEquals("complete", result.getString("resultType"));
        assertEquals(List.of(V, "2025-11-25", "2025-06-18"), result.getJsonArray("supportedVersions")
                .getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(result.getJsonObject("capabilities").containsKey("tools"));
        assertTrue(result.getJsonObject("capabilities").getJsonObject("tools").getBoolean("listChanged"),
                "list changes are delivered on subscriptions/listen");
        assertEquals("mcp-ee", result.getJsonObject("_meta").getJsonObject("io.modelcontextprotocol/serverInfo")
                .getString("name"));
        assertEquals(0, result.getInt("ttlMs"));
        assertEquals("private", result.getString("cacheScope"), "tokens are verified: lists vary by caller");
    }

    @Test
    void theChecksRunInTheRevisionsOrder() {
        expectError(modern("server/discover", null).header("MCP-Protocol-Version", null)
                .post(body(1, "server/discover", "")), 400, "1", -32020);
        expectError(modern("server/discover", null).post(call(2, "server/discover", "{}")), 400, "2", -32602);
        expectError(modern("server/discover", null).post(call(3, "server/discover",
                "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"" + V + "\"}}")), 400, "3", -32602);
        expectError(modern("server/discover", null).post(body(4, "server/discover", "").replace(V, "v999.0.0")),
                400, "4", -32020);
        HttpReply unsupported = modern("server/discover", null).header("MCP-Protocol-Version", "v999.0.0")
                .post(body(5, "server/discover", "").replace(V, "v999.0.0"));
        expectError(unsupported, 400, "5", -32022);
        JsonObject data = json(unsupported).getJsonObject("error").getJsonObject("data");
        assertEquals("v999.0.0", data.getString("requested"));
        assertEquals(V, data.getJsonArray("supported").getString(0));
    }

    @Test
    void theStandardHeadersMustMatchTheBody() {
        expectError(modern("tools/list", null).header("Mcp-Method", null).post(body(1, "tools/list", "")), 400, "1",
                -32020);
        expectError(modern("prompts/list", null).post(body(2, "tools/list", "")), 400, "2", -32020);
        expectError(modern("TOOLS/LIST", null).post(body(3, "tools/list", "")), 400, "3", -32020);
        String echo = "\"name\":\"echo\",\"arguments\":{\"text\":\"hi\"}";
        expectError(modern("tools/call", null).post(body(4, "tools/call", echo)), 400, "4", -32020);
        expectError(modern("tools/call", "wrong_tool").post(body(5, "tools/call", echo)), 400, "5", -32020);
        expectError(modern("tools/call", "=?base64?ZWNobw?=").post(body(6, "tools/call", echo)), 400, "6", -32020);
        assertEquals(200, modern("tools/call", "  echo  ").post(body(7, "tools/call", echo)).status());
        assertEquals(200, modern("tools/call", "=?base64?ZWNobw==?=").post(body(8, "tools/call", echo)).status());
        assertEquals(200, MCP.request().header("MCP-Protocol-Version", V).header("mcp-method", "tools/list")
                .post(body(9, "tools/list", "")).status());
    }

    @Test
    void methodsTheRevisionRemovedAre404() {
        for (String method : List.of("initialize", "ping", "logging/setLevel", "resources/subscribe",
                "resources/unsubscribe", "unknown/method")) {
            expectError(modern(method, null).post(body(1, method, "")), 404, "1", -32601);
        }
    }

    @Test
    void aCallCarriesTheResultTypeAndTheServersIdentity() {
        HttpReply r = modern("tools/call", "echo").post(body(1, "tools/call",
                "\"name\":\"echo\",\"arguments\":{\"text\":\"hi\"}"));
        assertEquals(200, r.status(), () -> text(r));
        JsonObject result = json(r).getJsonObject("result");
        assertEquals("complete", result.getString("resultType"));
        assertEquals("hi", result.getJsonArray("content").getJsonObject(0).getString("text"));
        assertTrue(result.getJsonObject("_meta").containsKey("io.modelcontextprotocol/serverInfo"));
        assertFalse(result.containsKey("ttlMs"), "a call result is not cacheable");
    }

    @Test
    void listsAndReadsCarryCachingHints() {
        JsonObject tools = json(modern("tools/list", null).post(body(1, "tools/list", ""))).getJsonObject("result");
        assertEquals("private", tools.getString("cacheScope"));
        // Filtered by caller as under 2025: what a new token's scopes could reach is listed with the scopes it
        // needs, what needs a role the caller lacks is not.
        JsonObject wipe = tools.getJsonArray("tools").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals("wipe")).findFirst().orElseThrow();
        assertEquals(Json.parse("{\"securitySchemes\":[{\"type\":\"oauth2\",\"scopes\":[\"admin\"]}]}"),
                wipe.getJsonObject("_meta"));
        assertTrue(tools.getJsonArray("tools").stream().noneMatch(t -> t.asJsonObject().getString("name")
                .equals("audit")), "a tool needing a role the caller lacks is not listed");
        JsonObject read = json(modern("resources/read", "test://notes").post(body(2, "resources/read",
                "\"uri\":\"test://notes\""))).getJsonObject("result");
        assertEquals("the notes", read.getJsonArray("contents").getJsonObject(0).getString("text"));
        assertEquals(0, read.getInt("ttlMs"));
        JsonObject rates = json(modern("resources/read", "test://rates").post(body(3, "resources/read",
                "\"uri\":\"test://rates\""))).getJsonObject("result");
        assertEquals(60_000, rates.getInt("ttlMs"), "the resource's own cacheTtl");
        assertEquals("private", rates.getString("cacheScope"));
        String session = MCP.openSession();
        assertFalse(json(MCP.request().session(session).post(call(4, "resources/read", "{\"uri\":\"test://rates\"}")))
                .getJsonObject("result").containsKey("ttlMs"), "2025 reads carry no caching hints");
    }

    @Test
    void anUnknownResourceIsInvalidParamsNamingIt() {
        HttpReply r = modern("resources/read", "test://none").post(body(1, "resources/read", "\"uri\":\"test://none\""));
        expectError(r, 200, "1", -32602);
        assertEquals("test://none", json(r).getJsonObject("error").getJsonObject("data").getString("uri"));
    }

    @Test
    void authorizationIsUnchanged() {
        HttpReply noToken = modern("server/discover", null).header("Authorization", null)
                .post(body(1, "server/discover", ""));
        assertEquals(401, noToken.status());
        assertTrue(noToken.header("WWW-Authenticate").startsWith("Bearer resource_metadata="));
        HttpReply scope = modern("tools/call", "wipe").post(body(2, "tools/call", "\"name\":\"wipe\""));
        expectError(scope, 403, "2", -32600);
        assertTrue(scope.header("WWW-Authenticate").contains("insufficient_scope"));
    }

    @Test
    void progressStreamsAndLogsOnlyWhenTheRequestAsks() {
        String params = "\"name\":\"work\",\"arguments\":{}";
        HttpReply quiet = modern("tools/call", "work").post(call(1, "tools/call", "{" + META.replace("}}",
                "},\"progressToken\":\"p\"}") + "," + params + "}"));
        assertEquals(HttpReply.EVENT_STREAM, quiet.contentType(), () -> text(quiet));
        List<JsonObject> events = events(quiet);
        assertTrue(events.stream().anyMatch(e -> "notifications/progress".equals(e.getString("method", ""))),
                events::toString);
        assertTrue(events.stream().noneMatch(e -> "notifications/message".equals(e.getString("method", ""))),
                events::toString);
        assertEquals("complete", events.get(events.size() - 1).getJsonObject("result").getString("resultType"));
        HttpReply logged = modern("tools/call", "work").post(call(2, "tools/call", "{" + META.replace("}}",
                "},\"io.modelcontextprotocol/logLevel\":\"info\"}") + "," + params + "}"));
        assertTrue(events(logged).stream().anyMatch(e -> "notifications/message".equals(e.getString("method", ""))));
    }

    @Test
    void aSessionClientAndAStatelessClientShareTheEndpoint() {
        String session = MCP.openSession();
        assertEquals(200, MCP.request().session(session).post(call(1, "ping", null)).status());
        assertEquals(200, modern("tools/list", null).post(body(2, "tools/list", "")).status());
        JsonObject old = json(MCP.request().session(session).post(call(3, "tools/list", null)));
        assertFalse(old.getJsonObject("result").containsKey("resultType"), "2025 results keep their shape");
        assertEquals(Json.parse("{}"), json(MCP.request().session(session).post(call(4, "ping", null)))
                .getJsonObject("result"));
    }

    private static final String GREET = "\"name\":\"greet\",\"arguments\":{}";

    private static String withElicitation(int id, String extra) {
        return call(id, "tools/call", "{" + META.replace("clientCapabilities\":{}",
                "clientCapabilities\":{\"elicitation\":{}}") + "," + GREET + extra + "}");
    }

    @Test
    void aRequestToTheUserBecomesInputRequiredAndTheRetryCompletes() {
        JsonObject first = json(modern("tools/call", "greet").post(withElicitation(1, ""))).getJsonObject("result");
        assertEquals("input_required", first.getString("resultType"), first::toString);
        JsonObject request = first.getJsonObject("inputRequests").getJsonObject("user_name");
        assertEquals("elicitation/create", request.getString("method"));
        assertEquals("Your name?", request.getJsonObject("params").getString("message"));
        assertFalse(first.containsKey("ttlMs"), "input_required results are not cacheable");
        String state = first.getString("requestState");
        String answer = ",\"inputResponses\":{\"user_name\":{\"action\":\"accept\",\"content\":{\"name\":\"Alice\"}}}";
        JsonObject done = json(modern("tools/call", "greet").post(withElicitation(2, answer + ",\"requestState\":\""
                + state + "\""))).getJsonObject("result");
        assertEquals("complete", done.getString("resultType"), done::toString);
        assertEquals("Hello, Alice", done.getJsonArray("content").getJsonObject(0).getString("text"));
    }

    @Test
    void aTamperedOrForeignStateIsRefused() {
        String state = json(modern("tools/call", "greet").post(withElicitation(1, ""))).getJsonObject("result")
                .getString("requestState");
        expectError(modern("tools/call", "greet").post(withElicitation(2, ",\"requestState\":\"" + state
                + "-TAMPERED\"")), 200, "2", -32602);
        HttpFixture.Request bob = modern("tools/call", "greet").header("Authorization", "Bearer "
                + MCP.token("bob", "read"));
        expectError(bob.post(withElicitation(3, ",\"requestState\":\"" + state + "\"")), 200, "3", -32602);
        expectError(modern("tools/call", "greet").post(withElicitation(4, ",\"inputResponses\":{\"user_name\":42}")),
                200, "4", -32602);
        JsonObject wrongShape = json(modern("tools/call", "greet").post(withElicitation(5, ",\"inputResponses\":"
                + "{\"user_name\":{\"action\":\"accept\",\"content\":{\"name\":7}}}"))).getJsonObject("result");
        assertEquals("input_required", wrongShape.getString("resultType"), "content that does not fit the form is"
                + " asked again: " + wrongShape);
    }

    @Test
    void aToolSeesWhichRequestsTheClientCanTake() {
        String declared = call(1, "tools/call", "{" + META.replace("clientCapabilities\":{}",
                "clientCapabilities\":{\"elicitation\":{}}") + ",\"name\":\"asks\",\"arguments\":{}}");
        assertEquals("sample=false,elicit=true", json(modern("tools/call", "asks").post(declared))
                .getJsonObject("result").getJsonArray("content").getJsonObject(0).getString("text"));
        String none = body(2, "tools/call", "\"name\":\"asks\",\"arguments\":{}");
        assertEquals("sample=false,elicit=false", json(modern("tools/call", "asks").post(none))
                .getJsonObject("result").getJsonArray("content").getJsonObject(0).getString("text"));
    }

    @Test
    void aRequestForAnUndeclaredCapabilityIs400MissingCapability() {
        HttpReply r = modern("tools/call", "greet").post(body(1, "tools/call", GREET));
        expectError(r, 400, "1", -32021);
        assertEquals(Json.parse("{\"elicitation\":{}}"), json(r).getJsonObject("error").getJsonObject("data")
                .getJsonObject("requiredCapabilities"));
    }

    @Test
    void listenAcknowledgesThenDeliversWhatItsFilterAsksFor() throws Exception {
        HttpReply r = modern("subscriptions/listen", null).post(body(7, "subscriptions/listen", "\"notifications\":"
                + "{\"toolsListChanged\":true,\"promptsListChanged\":true,\"resourceSubscriptions\":[\"test://notes\"]}"));
        assertEquals(HttpReply.EVENT_STREAM, r.contentType(), () -> text(r));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.OutputStream shared = new java.io.OutputStream() {
            @Override
            public synchronized void write(int b) {
                out.write(b);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                out.write(b, off, len);
            }
        };
        Thread writer = new Thread(() -> {
            try {
                r.stream().write(shared);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        java.util.function.Supplier<String> written = () -> {
            synchronized (shared) {
                return out.toString(java.nio.charset.StandardCharsets.UTF_8);
            }
        };
        dev.mcpee.internal.Await.until(() -> written.get().contains("acknowledged"), HttpFixture.DEADLINE, "the ack");
        MCP.listeners().offer(Json.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/prompts/list_changed\"}")
                .asJsonObject());
        MCP.listeners().offer(Json.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/updated\","
                + "\"params\":{\"uri\":\"test://other\"}}").asJsonObject());
        MCP.listeners().offer(Json.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/tools/list_changed\"}")
                .asJsonObject());
        MCP.listeners().offer(Json.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/updated\","
                + "\"params\":{\"uri\":\"test://notes\"}}").asJsonObject());
        dev.mcpee.internal.Await.until(() -> written.get().contains("test://notes\",\"_meta"), HttpFixture.DEADLINE,
                "the resource update");
        MCP.listeners().endAll();
        writer.join(HttpFixture.DEADLINE.toMillis());
        assertFalse(writer.isAlive(), "the stream ends when the application stops");
        List<JsonObject> events = new java.util.ArrayList<>();
        for (String line : written.get().split("\n")) {
            if (line.startsWith("data:") && line.length() > 6) {
                events.add(Json.parse(line.substring(5).trim()).asJsonObject());
            }
        }
        assertEquals(List.of("notifications/subscriptions/acknowledged", "notifications/tools/list_changed",
                "notifications/resources/updated"), events.subList(0, 3).stream().map(e -> e.getString("method"))
                .toList(), events::toString);
        assertEquals(Json.parse("{\"toolsListChanged\":true,\"resourceSubscriptions\":[\"test://notes\"]}"),
                events.get(0).getJsonObject("params").getJsonObject("notifications"), "no prompts here: not honoured");
        for (JsonObject e : events) {
            JsonObject meta = e.containsKey("params") ? e.getJsonObject("params").getJsonObject("_meta")
                    : e.getJsonObject("result").getJsonObject("_meta");
            assertEquals(7, meta.getInt("io.modelcontextprotocol/subscriptionId"), e::toString);
        }
        assertEquals("complete", events.get(3).getJsonObject("result").getString("resultType"));
        assertEquals(4, events.size(), events::toString);
    }

    @Test
    void parameterHeadersAreAdvertisedAndMustMatchTheBody() {
        JsonObject tools = json(modern("tools/list", null).post(body(1, "tools/list", ""))).getJsonObject("result");
        JsonObject route = tools.getJsonArray("tools").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals("route")).findFirst().orElseThrow();
        assertEquals("Region", route.getJsonObject("inputSchema").getJsonObject("properties").getJsonObject("region")
                .getString("x-mcp-header"));
        String call = "\"name\":\"route\",\"arguments\":{\"region\":\"us-west1\",\"count\":42}";
        assertEquals(200, modern("tools/call", "route").header("Mcp-Param-Region", "us-west1")
                .header("Mcp-Param-Count", "42.0").post(body(2, "tools/call", call)).status());
        assertEquals(200, modern("tools/call", "route").header("Mcp-Param-Region", "=?base64?dXMtd2VzdDE=?=")
                .header("Mcp-Param-Count", "42").post(body(3, "tools/call", call)).status());
        expectError(modern("tools/call", "route").header("Mcp-Param-Count", "42").post(body(4, "tools/call", call)),
                400, "4", -32020);
        expectError(modern("tools/call", "route").header("Mcp-Param-Region", "eu-west1").header("Mcp-Param-Count", "42")
                .post(body(5, "tools/call", call)), 400, "5", -32020);
        expectError(modern("tools/call", "route").header("Mcp-Param-Region", "=?base64?dXMtd2VzdDE?=")
                .header("Mcp-Param-Count", "42").post(body(6, "tools/call", call)), 400, "6", -32020);
        assertEquals(200, modern("tools/call", "route").header("Mcp-Param-Region", "us-west1")
                .post(body(7, "tools/call", "\"name\":\"route\",\"arguments\":{\"region\":\"us-west1\"}")).status(),
                "an argument left out needs no header");
    }

    @Test
    void oneCallerCannotHoldMoreListenStreamsThanItsShare() {
        HttpFixture.Request bob = modern("subscriptions/listen", null).header("Authorization", "Bearer "
                + MCP.token("bob", "read"));
        String listen = body(1, "subscriptions/listen", "\"notifications\":{\"toolsListChanged\":true}");
        HttpReply first = bob.post(listen);
        HttpReply second = bob.post(listen);
        HttpReply alices = null;
        try {
            assertEquals(HttpReply.EVENT_STREAM, first.contentType());
            assertEquals(HttpReply.EVENT_STREAM, second.contentType());
            HttpReply third = bob.post(listen);
            expectError(third, 503, "1", -32603);
            assertEquals("30", third.header("Retry-After"));
            alices = modern("subscriptions/listen", null).post(listen);
            assertEquals(HttpReply.EVENT_STREAM, alices.contentType(), "another caller still gets one");
        } finally {
            if (alices != null && alices.stream() != null) {
                MCP.listeners().remove((dev.mcpee.internal.session.Listeners.Listener) alices.stream());
            }
            MCP.listeners().remove((dev.mcpee.internal.session.Listeners.Listener) first.stream());
            MCP.listeners().remove((dev.mcpee.internal.session.Listeners.Listener) second.stream());
        }
    }

    private static void expectError(HttpReply r, int status, String id, int code) {
        assertEquals(status, r.status(), () -> text(r));
        JsonObject body = json(r);
        assertEquals(code, body.getJsonObject("error").getInt("code"), () -> text(r));
        assertEquals(id, body.get("id").toString());
    }
}
