package dev.mcpee.sample.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.mcpee.sample.it.McpHttp;
import dev.mcpee.sample.it.SseEvent;
import jakarta.json.JsonObject;

/**
 * What two instances sharing sessions must do, checked on each server kind: a session opened on one serves on the
 * other, a client's answer reaches the instance whose call waits for it, a notification triggered on one reaches
 * a stream held by the other, a session deleted on one is gone on the other, and a call whose instance dies is
 * resumed on the other with nothing lost or repeated and a clear end.
 *
 * @param a     instance A's endpoint
 * @param b     instance B's endpoint
 * @param token a staff token accepted by both
 */
record ClusterChecks(URI a, URI b, String token) {

    private static final String V = "2025-11-25";

    private McpHttp on(URI endpoint) {
        return new McpHttp(endpoint, token);
    }

    /** A session opened on A serves on B, and ends everywhere when deleted on B. */
    void sessionServesOnEitherInstance() {
        String session = on(a).openSession();
        JsonObject profile = on(b).callTool(session, "get_pet_profile", "{\"petId\":1}").getJsonObject("result");
        assertEquals("Rex", profile.getJsonObject("structuredContent").getString("name"), profile.toString());
        HttpResponse<String> list = on(a).post().session(session).header("MCP-Protocol-Version", V)
                .body(McpHttp.request(3, "tools/list", null)).send();
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(204, on(b).post().method("DELETE").session(session).send().statusCode());
        HttpResponse<String> gone = on(a).post().session(session).header("MCP-Protocol-Version", V)
                .body(McpHttp.request(4, "ping", null)).send();
        assertEquals(404, gone.statusCode(), "deleted on B, so unknown on A: " + gone.body());
    }

    /** A call on A asks the user; the client's answer, POSTed to B, reaches A's call. */
    void elicitationStartedOnAIsAnsweredThroughB() throws Exception {
        String session = on(a).openSession("{\"elicitation\":{}}");
        HttpResponse<Stream<String>> call = on(a).post().session(session).header("MCP-Protocol-Version", V)
                .body(McpHttp.request(5, "tools/call", "{\"name\":\"ask_name\",\"arguments\":{}}")).sendLines()
                .get(30, TimeUnit.SECONDS);
        assertEquals(200, call.statusCode());
        try (Stream<String> lines = call.body()) {
            Iterator<String> it = lines.iterator();
            JsonObject question = SseEvent.nextMessage(it).json();
            assertEquals("elicitation/create", question.getString("method"), question.toString());
            HttpResponse<String> answered = on(b).post().session(session).header("MCP-Protocol-Version", V)
                    .body("{\"jsonrpc\":\"2.0\",\"id\":" + question.get("id") + ",\"result\":{\"action\":\"accept\","
                            + "\"content\":{\"name\":\"Ada\"}}}").send();
            assertEquals(202, answered.statusCode(), answered.body());
            JsonObject result = SseEvent.nextMessage(it).json();
            assertEquals("Hello, Ada", result.getJsonObject("result").getJsonArray("content").getJsonObject(0)
                    .getString("text"), result.toString());
        }
    }

    /** A subscriber's stream on A hears of an update made through B. */
    void updateOnBReachesSubscriberStreamingFromA() throws Exception {
        String session = on(b).openSession();
        HttpResponse<String> subscribed = on(b).post().session(session).header("MCP-Protocol-Version", V)
                .body(McpHttp.request(6, "resources/subscribe", "{\"uri\":\"vetassist://pets/1\"}")).send();
        assertEquals(200, subscribed.statusCode(), subscribed.body());
        HttpResponse<Stream<String>> stream = on(a).stream().session(session).header("MCP-Protocol-Version", V)
                .sendLines().get(30, TimeUnit.SECONDS);
        assertEquals(200, stream.statusCode());
        try (Stream<String> lines = stream.body()) {
            Iterator<String> it = lines.iterator();
            JsonObject updated = on(b).callTool(session, "update_pet_profile", "{\"petId\":1,\"update\":"
                    + "{\"breed\":\"Cluster Collie\"}}").getJsonObject("result");
            assertFalse(updated.getBoolean("isError", false), updated.toString());
            JsonObject heard = SseEvent.nextMessage(it).json();
            assertEquals("notifications/resources/updated", heard.getString("method"), heard.toString());
            assertEquals("vetassist://pets/1", heard.getJsonObject("params").getString("uri"));
        }
    }

    /**
     * A call streaming on A: the client leaves after two progress events, A records two more and dies; the client
     * resumes on B with its last event id and gets exactly the events it missed, then, since the call died with
     * its instance, an error answer for the call instead of waiting for ever.
     *
     * @param killA kills instance A
     */
    void resumedOnBAfterADiesWithNothingLostOrRepeated(ThrowingRunnable killA) throws Exception {
        String session = on(a).openSession();
        HttpResponse<Stream<String>> call = on(a).post().session(session).header("MCP-Protocol-Version", V)
                .body("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":\"slow_steps\","
                        + "\"arguments\":{\"steps\":8,\"millis\":700},\"_meta\":{\"progressToken\":\"p\"}}}")
                .sendLines().get(30, TimeUnit.SECONDS);
        assertEquals(200, call.statusCode());
        List<Double> seen = new ArrayList<>();
        String lastId;
        try (Stream<String> lines = call.body()) {
            Iterator<String> it = lines.iterator();
            SseEvent event;
            do {
                event = SseEvent.nextMessage(it);
                seen.add(event.json().getJsonObject("params").getJsonNumber("progress").doubleValue());
            } while (seen.size() < 2);
            lastId = event.id();
        }
        // The client is gone; A goes on recording progress for a resumption, then dies.
        Thread.sleep(1600);
        killA.run();
        HttpResponse<Stream<String>> resumed = on(b).stream().session(session).header("MCP-Protocol-Version", V)
                .header("Last-Event-ID", lastId).sendLines().get(30, TimeUnit.SECONDS);
        assertEquals(200, resumed.statusCode(), "B serves the session and resumes the stream");
        JsonObject end = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        try (Stream<String> lines = resumed.body()) {
            Iterator<String> it = lines.iterator();
            while (end == null && Instant.now().isBefore(deadline)) {
                JsonObject message = SseEvent.nextMessage(it).json();
                if ("notifications/progress".equals(message.getString("method", ""))) {
                    seen.add(message.getJsonObject("params").getJsonNumber("progress").doubleValue());
                } else {
                    end = message;
                }
            }
        }
        // The fail-over trace, for the record: progress before the client left (A), then after it resumed (B).
        System.out.println("fail-over: progress read from A before it died " + seen.subList(0, 2) + ", from B after"
                + " resuming at " + lastId + ": " + seen.subList(2, seen.size()) + ", then " + end);
        assertTrue(end != null, "the resumed stream ended with an answer within a minute");
        assertEquals(9, end.getInt("id"), end.toString());
        assertTrue(end.containsKey("error"), "the call died with its instance: an error answer, " + end);
        assertTrue(seen.size() >= 4, "the events recorded while the client was away were replayed: " + seen);
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1.0, seen.get(i), "every step once, in order: " + seen);
        }
    }

    /** A step that may throw. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
