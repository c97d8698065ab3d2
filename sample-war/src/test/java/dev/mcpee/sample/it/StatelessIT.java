package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the conformance suite does not cover of 2026-07-28, on Open Liberty: a multi round-trip request's state
 * continues on another deployment with the same {@code mcp.mrtr.state-key} (as on another instance behind a
 * load balancer) and is refused by one with another key; a client closing a call's stream cancels the call; and
 * a 2025 session and 2026 callers with different tokens share the sample, each list filtered for its caller.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatelessIT {

    private static final String KEY_A = "c3RhdGVsZXNzLWl0LWtleS1hLTMyLWJ5dGVzLWxvbmctLS0=";
    private static final String KEY_B = "c3RhdGVsZXNzLWl0LWtleS1iLTMyLWJ5dGVzLWxvbmctLS0=";
    private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{\"elicitation\":{}}";

    private static WebArchive war(String name, String key) {
        return SampleWar.extensionOnly(name, "mcp.auth.anonymous=true\nmcp.mrtr.state-key=" + key + "\n",
                StatelessTools.class);
    }

    @Deployment(name = "a", testable = false)
    static WebArchive a() {
        return war("stateless-a", KEY_A);
    }

    @Deployment(name = "a2", testable = false)
    static WebArchive a2() {
        return war("stateless-a2", KEY_A);
    }

    @Deployment(name = "b", testable = false)
    static WebArchive b() {
        return war("stateless-b", KEY_B);
    }

    @Deployment(name = "sample", testable = false)
    static WebArchive sample() {
        return SampleWar.archive("stateless-sample", AuthServers.Provider.ASGARDEO, SampleWar.LIBERTY,
                java.util.Map.of());
    }

    @ArquillianResource
    @OperateOnDeployment("sample")
    URL sample;

    @ArquillianResource
    @OperateOnDeployment("a")
    URL a;

    @ArquillianResource
    @OperateOnDeployment("a2")
    URL a2;

    @ArquillianResource
    @OperateOnDeployment("b")
    URL b;

    /** A 2026 call; {@code metaExtra} goes inside {@code _meta}, {@code paramsExtra} after it. */
    private static McpHttp.Call call(URL base, String tool, String metaExtra, String paramsExtra) {
        return new McpHttp(URI.create(base + "mcp"), null).post().header("MCP-Protocol-Version", "2026-07-28")
                .header("Mcp-Method", "tools/call").header("Mcp-Name", tool)
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{" + META + metaExtra
                        + "}" + paramsExtra + ",\"name\":\"" + tool + "\",\"arguments\":{}}}");
    }

    private static JsonObject result(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return McpHttp.parse(r.body()).asJsonObject();
    }

    @Test
    void aRequestStateContinuesWhereTheKeyIsSharedAndIsRefusedElsewhere() {
        JsonObject first = result(call(a, "greet", "", "").send()).getJsonObject("result");
        assertEquals("input_required", first.getString("resultType"), first.toString());
        String retry = ",\"inputResponses\":{\"user_name\":{\"action\":\"accept\",\"content\":{\"name\":\"Alice\"}}},"
                + "\"requestState\":\"" + first.getString("requestState") + "\"";
        JsonObject sameKey = result(call(a2, "greet", "", retry).send());
        assertEquals("Hello, Alice", sameKey.getJsonObject("result").getJsonArray("content").getJsonObject(0)
                .getString("text"), sameKey.toString());
        JsonObject otherKey = result(call(b, "greet", "", retry).send());
        assertEquals(-32602, otherKey.getJsonObject("error").getInt("code"), otherKey.toString());
    }

    /** The names in a 2026 tools/list of the sample, as the token's caller sees it. */
    private static java.util.List<String> statelessToolNames(URL base, String token) {
        HttpResponse<String> r = new McpHttp(URI.create(base + "mcp"), token).post()
                .header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Method", "tools/list")
                .body("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{" + META + "}}}")
                .send();
        JsonObject result = result(r).getJsonObject("result");
        assertEquals("private", result.getString("cacheScope"), "lists depend on the caller");
        return result.getJsonArray("tools").getValuesAs(JsonObject.class).stream().map(t -> t.getString("name"))
                .sorted().toList();
    }

    @Test
    void aSessionClientAndStatelessCallersShareTheSampleAndListsFollowTheCaller() {
        String resource = SampleWar.resource(SampleWar.LIBERTY, "stateless-sample");
        McpHttp staff = new McpHttp(URI.create(sample + "mcp"), Tokens.staff(AuthServers.Provider.ASGARDEO, resource));
        String session = staff.openSession();
        java.util.List<String> staffTools = statelessToolNames(sample, staff.token());
        java.util.List<String> ownerTools = statelessToolNames(sample, Tokens.owner(AuthServers.Provider.ASGARDEO,
                resource, "alice", "pet-profile:read"));
        assertTrue(staffTools.containsAll(ownerTools) && staffTools.size() > ownerTools.size(),
                "a pet owner with one scope sees fewer tools than staff: " + ownerTools + " vs " + staffTools);
        JsonObject sessionList = McpHttp.parse(staff.post().session(session)
                .body(McpHttp.request(3, "tools/list", null)).send().body()).asJsonObject().getJsonObject("result");
        assertEquals(staffTools, sessionList.getJsonArray("tools").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("name")).sorted().toList(), "the 2025 session sees what a 2026 request sees");
        assertTrue(!sessionList.containsKey("resultType"), "2025 results keep their shape");
    }

    @Test
    void closingTheCallsStreamCancelsTheCall() throws Exception {
        HttpResponse<Stream<String>> stream = call(a, "slow", ",\"progressToken\":\"p\"", "").sendLines()
                .get(30, TimeUnit.SECONDS);
        assertEquals(200, stream.statusCode());
        try (Stream<String> lines = stream.body()) {
            Iterator<String> it = lines.iterator();
            boolean progress = false;
            while (!progress && it.hasNext()) {
                progress = it.next().contains("notifications/progress");
            }
            assertTrue(progress, "the call reported progress before the client left");
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        boolean cancelled = false;
        while (!cancelled && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            cancelled = result(call(a, "sawCancellation", "", "").send()).getJsonObject("result")
                    .getJsonArray("content").getJsonObject(0).getString("text").equals("true");
        }
        assertTrue(cancelled, "the method saw cancelled() after the client closed the stream");
    }
}
