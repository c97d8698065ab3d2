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
 * Asynchronous and streaming calls on Open Liberty: many asynchronous tools run at once without holding
 * request threads, one that never completes is answered after {@code mcp.tools.timeout}, tools, prompts and
 * resources that take {@code McpContext} stream their progress and stop when cancelled, a dropped stream
 * resumes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AsyncToolIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return SampleWar.archive("vetassist", AuthServers.Provider.ASGARDEO, SampleWar.LIBERTY,
                // 200 asynchronous calls at once in one session: above the default limits (16 per session, 64
                // per caller), which would refuse most of them at once.
                Map.of("mcp.tools.timeout", "PT2S", "mcp.session.max-concurrent-calls", "200",
                        "mcp.caller.max-concurrent-calls", "200")).addClass(SlowTools.class);
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
        boolean running = false;
        while (!running && lines.hasNext()) {
            running = lines.next().contains("notifications/progress"); // priming and ids come first
        }
        assertEquals(true, running, "the tool reported progress before it was cancelled");
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
        var stream = serverStream(mcp, session, null);
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
        var first = serverStream(mcp, session, null);
        assertEquals(200, first.statusCode());
        // The client goes away without a word: close its end of the stream.
        first.body().close();
        // The server notices at its next keep-alive and frees the session's single stream slot.
        int status = 409;
        for (int i = 0; i < 60 && status == 409; i++) {
            Thread.sleep(500);
            var again = serverStream(mcp, session, null);
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
        var resumed = serverStream(mcp, session, lastId);
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

    @Test
    void promptsAndResourcesTakingTheContextStreamWhileTheyRun() throws Exception {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        List<JsonObject> prompt = messages(streamed(mcp, session, 5, "prompts/get",
                "{\"name\":\"slowBriefing\",\"arguments\":{\"pet\":\"Rex\"},\"_meta\":{\"progressToken\":\"b\"}}"));
        assertEquals(List.of(
                McpHttp.parse("{\"progressToken\":\"b\",\"progress\":1.0,\"total\":3.0,\"message\":\"briefing step 1\"}"),
                McpHttp.parse("{\"progressToken\":\"b\",\"progress\":2.0,\"total\":3.0,\"message\":\"briefing step 2\"}"),
                McpHttp.parse("{\"progressToken\":\"b\",\"progress\":3.0,\"total\":3.0,\"message\":\"briefing step 3\"}"),
                McpHttp.parse("{\"level\":\"info\",\"logger\":\"briefing\",\"data\":\"briefing on Rex ready\"}")),
                prompt.subList(0, 4).stream().map(m -> m.get("params")).toList(), prompt.toString());
        assertEquals(McpHttp.parse("{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":{\"messages\":[{\"role\":\"user\","
                + "\"content\":{\"type\":\"text\",\"text\":\"Brief me on Rex\"}}]}}"), prompt.get(4));
        assertEquals(5, prompt.size(), prompt.toString());

        List<JsonObject> resource = messages(streamed(mcp, session, 6, "resources/read",
                "{\"uri\":\"test://countdown/3\",\"_meta\":{\"progressToken\":6}}"));
        assertEquals(List.of("notifications/progress", "notifications/progress", "notifications/progress"),
                resource.subList(0, 3).stream().map(m -> m.getString("method")).toList(), resource.toString());
        assertEquals(McpHttp.parse("{\"jsonrpc\":\"2.0\",\"id\":6,\"result\":{\"contents\":[{\"uri\":"
                + "\"test://countdown/3\",\"mimeType\":\"text/plain\",\"text\":\"liftoff from 3\"}]}}"), resource.get(3));

        // A client that takes JSON only gets the result alone; the progress has nowhere to go.
        HttpResponse<String> plain = mcp.post().session(session).header("Accept", "application/json")
                .body(McpHttp.request(7, "resources/read", "{\"uri\":\"test://countdown/2\",\"_meta\":"
                        + "{\"progressToken\":7}}")).send();
        assertEquals(200, plain.statusCode());
        assertEquals("liftoff from 2", McpHttp.parse(plain.body()).asJsonObject().getJsonObject("result")
                .getJsonArray("contents").getJsonObject(0).getString("text"));
        assertEquals(204, mcp.post().method("DELETE").session(session).send().statusCode());
    }

    @Test
    void cancellingAResourceReadReachesTheMethodAndNoResponseFollows() throws Exception {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        var stream = streamed(mcp, session, 78, "resources/read",
                "{\"uri\":\"test://countdown/200\",\"_meta\":{\"progressToken\":1}}");
        assertEquals(200, stream.statusCode());
        java.util.Iterator<String> lines = stream.body().iterator();
        boolean running = false;
        while (!running && lines.hasNext()) {
            running = lines.next().contains("notifications/progress"); // priming and ids come first
        }
        assertEquals(true, running, "the read reported progress before it was cancelled");
        assertEquals(202, mcp.post().session(session).body("{\"jsonrpc\":\"2.0\",\"method\":"
                + "\"notifications/cancelled\",\"params\":{\"requestId\":78,\"reason\":\"test\"}}").send()
                .statusCode());
        List<String> rest = new ArrayList<>();
        lines.forEachRemaining(rest::add);
        assertEquals(true, rest.stream().filter(l -> l.startsWith("data: {")).allMatch(l -> l.contains(
                "notifications/progress")), "the stream ended without a response: " + rest);
        assertEquals(true, rest.stream().filter(l -> l.contains("notifications/progress")).count() < 150,
                "the method stopped well before its 200 steps: " + rest.size() + " lines");
        assertEquals(204, mcp.post().method("DELETE").session(session).send().statusCode());
    }

    @Test
    void aDroppedServerStreamResumesWithLastEventId() throws Exception {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        for (int i = 1; i <= 3; i++) {
            assertEquals(200, mcp.post().session(session).body(McpHttp.request(i, "resources/subscribe",
                    "{\"uri\":\"test://countdown/" + i + "\"}")).send().statusCode());
        }
        var first = serverStream(mcp, session, null);
        java.util.Iterator<String> lines = first.body().iterator();
        mcp.callTool(session, "touch", "{\"uri\":\"test://countdown/1\"}");
        SseEvent seen = nextEvent(lines);
        first.body().close(); // the connection drops; the server has not noticed yet
        // Sent while the client is away: into the dead connection or the session's queue.
        mcp.callTool(session, "touch", "{\"uri\":\"test://countdown/2\"}");

        var resumed = serverStream(mcp, session, seen.id());
        assertEquals(200, resumed.statusCode(), "the resuming client takes the stream over");
        java.util.Iterator<String> more = resumed.body().iterator();
        SseEvent missed = nextEvent(more);
        mcp.callTool(session, "touch", "{\"uri\":\"test://countdown/3\"}");
        SseEvent next = nextEvent(more);
        List<SseEvent> events = List.of(seen, missed, next);
        for (int i = 0; i < 3; i++) {
            assertEquals(McpHttp.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/updated\","
                    + "\"params\":{\"uri\":\"test://countdown/" + (i + 1) + "\"}}"), events.get(i).json(),
                    "each update once, in order");
        }
        String stream = seen.id().substring(0, seen.id().lastIndexOf('_'));
        List<Integer> sequences = new ArrayList<>();
        for (SseEvent event : events) {
            assertEquals(stream, event.id().substring(0, event.id().lastIndexOf('_')), "the same stream goes on");
            sequences.add(Integer.parseInt(event.id().substring(event.id().lastIndexOf('_') + 1)));
        }
        assertEquals(true, sequences.get(0) < sequences.get(1) && sequences.get(1) < sequences.get(2),
                "ids go on increasing, none twice: " + sequences);
        assertEquals(204, mcp.post().method("DELETE").session(session).send().statusCode());
    }

    /** Opens (or, with a last event id, resumes) the session's server-to-client stream. */
    private static HttpResponse<java.util.stream.Stream<String>> serverStream(McpHttp mcp, String session,
            String lastEventId) throws Exception {
        McpHttp.Call get = mcp.stream().session(session);
        if (lastEventId != null) {
            get = get.header("Last-Event-ID", lastEventId);
        }
        return get.sendLines().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The id and data of the next event with data on a stream, waiting at most 30 s. */
    private static SseEvent nextEvent(java.util.Iterator<String> lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> SseEvent.nextMessage(lines))
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The JSON-RPC messages of an event stream, in order. */
    private static List<JsonObject> messages(HttpResponse<java.util.stream.Stream<String>> stream) {
        assertEquals(200, stream.statusCode());
        assertEquals(true, stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        return SseEvent.parse(String.join("\n", stream.body().toList())).stream()
                .filter(e -> e.data().startsWith("{")).map(SseEvent::json).toList();
    }

    /** Calls a tool without arguments with a progress token (JSON text), answered as an SSE stream read line by line. */
    private static HttpResponse<java.util.stream.Stream<String>> streamedCall(McpHttp mcp, String session, int id,
            String tool, String progressToken) throws Exception {
        return streamed(mcp, session, id, "tools/call", "{\"name\":\"" + tool + "\",\"arguments\":{},\"_meta\":"
                + "{\"progressToken\":" + progressToken + "}}");
    }

    /** Sends a request whose answer is an SSE stream, read line by line. */
    private static HttpResponse<java.util.stream.Stream<String>> streamed(McpHttp mcp, String session, int id,
            String method, String params) throws Exception {
        return mcp.post().session(session).body(McpHttp.request(id, method, params)).sendLines()
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
    }
}
