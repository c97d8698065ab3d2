package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Asynchronous tools on Open Liberty: many run at once without holding request threads, and one that never
 * completes is answered after {@code mcp.tools.timeout}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AsyncToolIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return SampleWar.archive("vetassist", AuthServers.Provider.ASGARDEO, SampleWar.LIBERTY,
                Map.of("mcp.tools.timeout", "PT2S")).addClass(SlowTools.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aToolThatNeverCompletesIsAnsweredAfterTheTimeout() {
        McpHttp mcp = SampleWar.client(base);
        JsonObject result = mcp.callTool(mcp.openSession(), "never", "{}").getJsonObject("result");
        assertEquals(McpHttp.parse("{\"content\":[{\"type\":\"text\",\"text\":\"The tool did not finish within PT2S;"
                + " it may still complete on the server\"}],\"isError\":true}"), result);
    }

    @Test
    void manyLateToolsAtOnce() {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            calls.add(mcp.post().session(session).header("Accept", "application/json").body(McpHttp.request(i,
                    "tools/call", "{\"name\":\"late\",\"arguments\":{\"text\":\"n" + i + "\"}}")).sendAsync());
        }
        for (int i = 0; i < calls.size(); i++) {
            HttpResponse<String> r = calls.get(i).join();
            assertEquals(200, r.statusCode(), r.body());
            JsonObject response = McpHttp.parse(r.body()).asJsonObject();
            assertEquals(i, response.getInt("id"));
            assertEquals("late n" + i, response.getJsonObject("result").getJsonArray("content").getJsonObject(0)
                    .getString("text"));
        }
    }

    @Test
    void cancellationReachesTheMethodAndNoResponseFollows() throws Exception {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        var stream = streamedCall(mcp, session, 77, "countUntilCancelled", "1");
        assertEquals(200, stream.statusCode());
        java.util.Iterator<String> lines = stream.body().iterator();
        // Wait for the first progress event: the tool is running.
        while (lines.hasNext() && !lines.next().contains("notifications/progress")) {
            // skip priming and ids
        }
        HttpResponse<String> cancel = mcp.post().session(session).body("{\"jsonrpc\":\"2.0\",\"method\":"
                + "\"notifications/cancelled\",\"params\":{\"requestId\":77,\"reason\":\"test\"}}").send();
        assertEquals(202, cancel.statusCode());
        List<String> rest = new ArrayList<>();
        lines.forEachRemaining(rest::add);
        assertEquals(false, rest.stream().anyMatch(l -> l.contains("\"id\":77")),
                "no response after cancellation: " + rest);
        // Had the method not seen the cancellation, it would have reported ~200 more steps before giving up.
        long laterProgress = rest.stream().filter(l -> l.contains("notifications/progress")).count();
        assertEquals(true, laterProgress < 20, "the method stopped: " + laterProgress + " progress events after"
                + " the cancellation");
    }

    @Test
    void switchingAToolOffTellsClientsAndHidesIt() throws Exception {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        var stream = mcp.post().method("GET").header("Content-Type", null).header("Accept", "text/event-stream")
                .session(session).sendLines().get(30, java.util.concurrent.TimeUnit.SECONDS);
        try {
            mcp.callTool(session, "toggleTool", "{\"name\":\"late\",\"enabled\":false}");
            String event = CompletableFuture.supplyAsync(() -> stream.body().filter(l -> l.startsWith("data: {"))
                    .findFirst().orElse("")).get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(McpHttp.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/tools/list_changed\"}"),
                    McpHttp.parse(event.substring(6)));
            String list = mcp.post().session(session).body(McpHttp.request(1, "tools/list", null)).send().body();
            assertEquals(false, list.contains("\"late\""), list);
            assertEquals(-32602, mcp.callTool(session, "late", "{\"text\":\"x\"}").getJsonObject("error")
                    .getInt("code"));
        } finally {
            mcp.callTool(session, "toggleTool", "{\"name\":\"late\",\"enabled\":true}");
            mcp.post().method("DELETE").session(session).send();
        }
        String session2 = mcp.openSession();
        assertEquals("late x", mcp.callTool(session2, "late", "{\"text\":\"x\"}").getJsonObject("result")
                .getJsonArray("content").getJsonObject(0).getString("text"), "switched back on");
    }

    @Test
    void aClientThatVanishesMidStreamFreesItsStream() throws Exception {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        var first = mcp.post().method("GET").header("Content-Type", null).header("Accept", "text/event-stream")
                .session(session).sendLines().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, first.statusCode());
        // The client goes away without a word: close its end of the stream.
        first.body().close();
        // The server notices at its next keep-alive and frees the session's single stream slot.
        int status = 409;
        for (int i = 0; i < 60 && status == 409; i++) {
            Thread.sleep(500);
            var again = mcp.post().method("GET").header("Content-Type", null).header("Accept", "text/event-stream")
                    .session(session).sendLines().get(30, java.util.concurrent.TimeUnit.SECONDS);
            status = again.statusCode();
            again.body().close();
        }
        assertEquals(200, status, "the vanished client's stream was released");
        assertEquals(204, mcp.post().method("DELETE").session(session).send().statusCode(), "the session still works");
    }

    @Test
    void aDroppedCallStreamResumesWithLastEventId() throws Exception {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        var first = streamedCall(mcp, session, 88, "tenSteps", "\"r\"");
        java.util.Iterator<String> lines = first.body().iterator();
        String lastId = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("id: ")) {
                lastId = line.substring(4);
            } else if (line.contains("\"step 2\"")) {
                break;
            }
        }
        first.body().close(); // the connection drops after the second step
        String streamId = lastId.substring(0, lastId.lastIndexOf('_'));
        var resumed = mcp.post().method("GET").header("Content-Type", null).header("Accept", "text/event-stream")
                .header("Last-Event-ID", lastId).session(session).sendLines().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, resumed.statusCode());
        List<String> rest = resumed.body().toList();
        List<String> ids = rest.stream().filter(l -> l.startsWith("id: ")).map(l -> l.substring(4)).toList();
        List<String> data = rest.stream().filter(l -> l.startsWith("data: {")).toList();
        assertEquals(true, ids.stream().allMatch(i -> i.startsWith(streamId + "_")), "only that stream: " + ids);
        assertEquals(true, data.stream().noneMatch(d -> d.contains("\"step 1\"") || d.contains("\"step 2\"")),
                "nothing the client had: " + data);
        for (int step = 3; step <= 10; step++) {
            String text = "\"step " + step + "\"";
            assertEquals(1, data.stream().filter(d -> d.contains(text)).count(), "each missed step once: " + data);
        }
        assertEquals(ids.size(), ids.stream().distinct().count(), "no id twice: " + ids);
        assertEquals(true, data.get(data.size() - 1).contains("ten steps done") && data.get(data.size() - 1)
                .contains("\"id\":88"), "and the result: " + data);
    }

    /** Calls a tool without arguments with a progress token (JSON text), answered as an SSE stream read line by line. */
    private static HttpResponse<java.util.stream.Stream<String>> streamedCall(McpHttp mcp, String session, int id,
            String tool, String progressToken) throws Exception {
        return mcp.post().session(session).body(McpHttp.request(id, "tools/call", "{\"name\":\"" + tool
                + "\",\"arguments\":{},\"_meta\":{\"progressToken\":" + progressToken + "}}")).sendLines()
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
    }
}
