package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults on Open Liberty: a tool that floods, throws, or waits for an answer that never comes; clients that
 * leave mid-body or between an elicitation and its answer; too many calls at once. The server answers each
 * clearly, keeps serving, and holds nothing afterwards: no thread (the count returns to where it was), no
 * pending request (the session can open its full quota of requests again). {@code WildFlyIT} runs the same
 * checks on WildFly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FaultsIT {

    /** The faults' configuration: short timeouts and small quotas, so limits are reached quickly. */
    static final Map<String, String> CONFIG = Map.of("mcp.tools.timeout", "PT2S",
            "mcp.tools.max-result-chars", "1000000", "mcp.session.max-pending-requests", "2",
            "mcp.session.max-concurrent-calls", "4");

    @Deployment(testable = false)
    static WebArchive war() {
        return SampleWar.archive("vetassist", AuthServers.Provider.ASGARDEO, SampleWar.LIBERTY, CONFIG)
                .addClasses(FaultTools.class, SlowTools.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void floodingTool() {
        aFloodingToolGetsAnErrorResultNamingTheLimit(SampleWar.client(base));
    }

    @Test
    void throwingTool() {
        aThrowingToolGetsAReferenceNotItsException(SampleWar.client(base));
    }

    @Test
    void clientsThatLeave() throws Exception {
        nothingIsLeftBehindByClientsThatLeave(SampleWar.client(base), base);
    }

    @Test
    void callsBeyondTheSessionsLimit() throws Exception {
        callsBeyondTheSessionsLimitAreRefusedAtOnce(SampleWar.client(base));
    }

    /**
     * A tool returning more than mcp.tools.max-result-chars gets an error result naming the key.
     *
     * @param mcp a client of a deployment with {@link FaultTools}
     */
    static void aFloodingToolGetsAnErrorResultNamingTheLimit(McpHttp mcp) {
        JsonObject result = mcp.callTool(mcp.openSession(), "flood", "{}").getJsonObject("result");
        assertTrue(result.getBoolean("isError"), result.toString());
        String text = result.getJsonArray("content").getJsonObject(0).getString("text");
        assertTrue(text.contains("mcp.tools.max-result-chars") && text.length() < 500, text);
    }

    /**
     * A throwing tool's client sees a reference, not the exception.
     *
     * @param mcp a client of a deployment with {@link FaultTools}
     */
    static void aThrowingToolGetsAReferenceNotItsException(McpHttp mcp) {
        JsonObject result = mcp.callTool(mcp.openSession(), "boom", "{}").getJsonObject("result");
        assertTrue(result.getBoolean("isError"));
        String text = result.toString();
        assertTrue(text.contains("reference") && !text.contains("secret internal detail")
                && !text.contains("IllegalStateException"), text);
    }

    /**
     * Clients leaving mid-body and between an elicitation and its answer leave no thread and no pending request.
     *
     * @param mcp  a client of a deployment with {@link FaultTools}, mcp.tools.timeout PT2S and
     *             mcp.session.max-pending-requests 2
     * @param base the deployment's base URL (for a raw socket)
     * @throws Exception when the server does not answer in time
     */
    static void nothingIsLeftBehindByClientsThatLeave(McpHttp mcp, URL base) throws Exception {
        String session = mcp.openSession("{\"elicitation\":{}}");
        int before = threads(mcp, session);
        // As many rounds as the session's quota of pending requests (a third would find no place until the
        // first two time out).
        for (int round = 0; round < 2; round++) {
            // Leaves after the elicitation request arrived, without answering.
            HttpResponse<Stream<String>> call = mcp.post().session(session).body(McpHttp.request(100 + round,
                    "tools/call", "{\"name\":\"ask\",\"arguments\":{}}")).sendLines().get(30, TimeUnit.SECONDS);
            Iterator<String> lines = call.body().iterator();
            SseEvent asked = CompletableFuture.supplyAsync(() -> SseEvent.nextMessage(lines)).get(30, TimeUnit.SECONDS);
            assertTrue(asked.data().contains("elicitation/create"), asked.data());
            call.body().close();
            // Leaves in the middle of a body it said was longer.
            halfABody(base, mcp.token());
        }
        // The unanswered requests ended with the timeout (PT2S): the session can again wait for its full quota
        // (mcp.session.max-pending-requests=2), which a leak would have used up.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<HttpResponse<Stream<String>>> open = new ArrayList<>();
        boolean quota = false;
        while (!quota && System.nanoTime() < deadline) {
            Thread.sleep(500);
            quota = asksBothAtOnce(mcp, session, open);
        }
        assertTrue(quota, "the session's pending requests were given back");
        open.forEach(r -> r.body().close());
        int after = 0;
        for (int i = 0; i < 60; i++) {
            after = threads(mcp, session);
            if (after <= before + 5) {
                break;
            }
            Thread.sleep(500);
        }
        assertTrue(after <= before + 5, "threads before " + before + ", after " + after);
        assertEquals(204, mcp.post().method("DELETE").session(session).send().statusCode(), "still serving");
    }

    /**
     * Calls beyond mcp.session.max-concurrent-calls (4) are refused at once and places are given back. The
     * calls are asynchronous (1.5 s each), so all eight are running at once however few request threads
     * the server has.
     *
     * @param mcp a client of a deployment with {@link FaultTools}
     * @throws Exception when the server does not answer in time
     */
    static void callsBeyondTheSessionsLimitAreRefusedAtOnce(McpHttp mcp) throws Exception {
        String session = mcp.openSession();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(mcp.post().session(session).header("Accept", "application/json").body(McpHttp.request(i,
                    "tools/call", "{\"name\":\"slowly\",\"arguments\":{}}")).sendAsync());
        }
        int busy = 0;
        int done = 0;
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> r = call.get(60, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
            JsonObject answer = McpHttp.parse(r.body()).asJsonObject();
            if (answer.containsKey("error")) {
                assertEquals(-32000, answer.getJsonObject("error").getInt("code"));
                assertTrue(answer.getJsonObject("error").getString("message")
                        .contains("mcp.session.max-concurrent-calls"), r.body());
                busy++;
            } else {
                assertEquals("done", answer.getJsonObject("result").getJsonArray("content").getJsonObject(0)
                        .getString("text"), r.body());
                done++;
            }
        }
        assertEquals(4, done, "done " + done + ", refused " + busy);
        assertEquals(4, busy, "done " + done + ", refused " + busy);
        assertFalse(mcp.callTool(session, "slowly", "{}").getJsonObject("result").getBoolean("isError", false),
                "places are given back");
    }

    /** Two elicitations at once on their streams; true when neither failed for want of a place. */
    private static boolean asksBothAtOnce(McpHttp mcp, String session, List<HttpResponse<Stream<String>>> open)
            throws Exception {
        open.forEach(r -> r.body().close());
        open.clear();
        for (int i = 0; i < 2; i++) {
            HttpResponse<Stream<String>> call = mcp.post().session(session).body(McpHttp.request(200 + i,
                    "tools/call", "{\"name\":\"ask\",\"arguments\":{}}")).sendLines().get(30, TimeUnit.SECONDS);
            open.add(call);
            Iterator<String> lines = call.body().iterator();
            SseEvent first = CompletableFuture.supplyAsync(() -> SseEvent.nextMessage(lines)).get(30, TimeUnit.SECONDS);
            if (!first.data().contains("elicitation/create")) {
                return false;
            }
        }
        return true;
    }

    private static int threads(McpHttp mcp, String session) {
        JsonObject result = mcp.callTool(session, "threads", "{}").getJsonObject("result");
        return result.containsKey("structuredContent") ? result.getJsonObject("structuredContent").getInt("result")
                : Integer.parseInt(result.getJsonArray("content").getJsonObject(0).getString("text"));
    }

    /** An authorized POST that declares 1,000 bytes, sends 20 and closes the connection. */
    private static void halfABody(URL base, String token) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base.getPath() + "mcp HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: 1000\r\n\r\n"
                    + "{\"jsonrpc\":\"2.0\",\"id").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }
}
