package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The 2026-07-28 checks the conformance suite does not make, against deployments of {@link StatelessTools} and of
 * the sample, run on Open Liberty ({@link StatelessIT}) and on WildFly ({@code WildFlyIT}).
 */
final class StatelessChecks {

    /** The state key of deployments a and a2. */
    static final String KEY_A = "c3RhdGVsZXNzLWl0LWtleS1hLTMyLWJ5dGVzLWxvbmctLS0=";
    /** The state key of deployment b. */
    static final String KEY_B = "c3RhdGVsZXNzLWl0LWtleS1iLTMyLWJ5dGVzLWxvbmctLS0=";
    private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{\"elicitation\":{}}";

    private StatelessChecks() {
    }

    /**
     * A WAR of {@link StatelessTools}, anonymous, with a state key.
     *
     * @param name the WAR's name
     * @param key  its {@code mcp.mrtr.state-key}
     * @return the archive
     */
    static WebArchive war(String name, String key) {
        return SampleWar.extensionOnly(name, "mcp.auth.anonymous=true\nmcp.mrtr.state-key=" + key + "\n",
                StatelessTools.class);
    }

    /** A 2026 call; {@code metaExtra} goes inside {@code _meta}, {@code paramsExtra} after it. */
    static McpHttp.Call call(URL base, String tool, String metaExtra, String paramsExtra) {
        return new McpHttp(URI.create(base + "mcp"), null).post().header("MCP-Protocol-Version", "2026-07-28")
                .header("Mcp-Method", "tools/call").header("Mcp-Name", tool)
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{" + META + metaExtra
                        + "}" + paramsExtra + ",\"name\":\"" + tool + "\",\"arguments\":{}}}");
    }

    private static JsonObject result(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return McpHttp.parse(r.body()).asJsonObject();
    }

    /**
     * A state continues on a deployment with the same key and is refused by one with another.
     *
     * @param a  a deployment with key A
     * @param a2 another with key A
     * @param b  one with key B
     */
    static void stateAcrossKeys(URL a, URL a2, URL b) {
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
    private static List<String> statelessToolNames(URL base, String token) {
        HttpResponse<String> r = new McpHttp(URI.create(base + "mcp"), token).post()
                .header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Method", "tools/list")
                .body("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{" + META + "}}}")
                .send();
        JsonObject result = result(r).getJsonObject("result");
        assertEquals("private", result.getString("cacheScope"), "lists depend on the caller");
        return result.getJsonArray("tools").getValuesAs(JsonObject.class).stream().map(t -> t.getString("name"))
                .sorted().toList();
    }

    /**
     * A 2025 session and 2026 callers share the sample; each list is filtered for its caller.
     *
     * @param sample   the sample's base URL
     * @param resource its resource URI
     */
    static void sharedEndpoint(URL sample, String resource) {
        McpHttp staff = new McpHttp(URI.create(sample + "mcp"), Tokens.staff(AuthServers.Provider.ASGARDEO, resource));
        String session = staff.openSession();
        List<String> staffTools = statelessToolNames(sample, staff.token());
        List<String> guestTools = statelessToolNames(sample, AuthServers.Provider.ASGARDEO.token(resource, "gus",
                Tokens.READ_WRITE, List.of("guest"), 300, Map.of()));
        assertTrue(staffTools.containsAll(guestTools) && staffTools.size() > guestTools.size(),
                "a caller without the pet tools' roles sees fewer tools than staff: " + guestTools + " vs "
                        + staffTools);
        JsonObject sessionList = McpHttp.parse(staff.post().session(session)
                .body(McpHttp.request(3, "tools/list", null)).send().body()).asJsonObject().getJsonObject("result");
        assertEquals(staffTools, sessionList.getJsonArray("tools").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("name")).sorted().toList(), "the 2025 session sees what a 2026 request sees");
        assertTrue(!sessionList.containsKey("resultType"), "2025 results keep their shape");
    }

    /**
     * Closing a call's stream cancels the call.
     *
     * @param a a deployment of the tools
     * @throws Exception when the stream cannot be read
     */
    static void cancellation(URL a) throws Exception {
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
