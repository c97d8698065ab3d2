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
 * load balancer) and is refused by one with another key; and a client closing a call's stream cancels the call.
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
