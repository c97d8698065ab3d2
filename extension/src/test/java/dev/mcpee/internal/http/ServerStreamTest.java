package dev.mcpee.internal.http;

import dev.mcpee.internal.Await;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.session.Session;
import dev.mcpee.internal.session.StreamLog;
import org.junit.jupiter.api.Test;

/** The session's server-to-client stream: a failed write loses nothing, and resuming goes on under the same id. */
class ServerStreamTest {

    /** A connection that is already gone. */
    private static final OutputStream BROKEN = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("connection reset");
        }
    };

    @Test
    void aFailedWriteIsForgottenAndPutBackThenResumedWithTheNextId() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        session.outbound().enqueue(Json.parse("{\"n\":1}").asJsonObject());
        session.outbound().enqueue(Json.parse("{\"n\":2}").asJsonObject());

        long first = session.stream().open();
        new ServerStream(session, first, false, Duration.ofMinutes(1)).write(BROKEN);
        String streamId = session.serverStreamId();
        StreamLog log = session.log();
        assertEquals(List.of(), log.after(streamId, -1, 0), "the failed event is not in the log");
        assertEquals(1, log.nextSequence(streamId), "but its id is used up");

        long resumed = session.stream().resume(1000);
        assertTrue(resumed > first, "the broken stream released the slot");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            try {
                new ServerStream(session, resumed, Duration.ofMinutes(1), streamId, 0).write(out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Await.until(() -> written(out).contains("{\"n\":2}") || writing.isDone(), Duration.ofSeconds(30), "{n:2} written");
        session.end();
        writing.get(30, TimeUnit.SECONDS);
        // The comment after the resume's retry makes Open Liberty commit the response at once (second flush).
        assertEquals(List.of("retry: 3000", ": keep-alive",
                "id: " + streamId + "_1", "event: message", "data: {\"n\":1}",
                "id: " + streamId + "_2", "event: message", "data: {\"n\":2}"),
                written(out).lines().filter(l -> !l.isEmpty()).toList(), "in order, each once, ids going on");
    }

    @Test
    void aResumedStreamReplaysWhatTheClientMissedFirst() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        long first = session.stream().open();
        ByteArrayOutputStream lost = new ByteArrayOutputStream();
        session.outbound().enqueue(Json.parse("{\"n\":1}").asJsonObject());
        session.outbound().enqueue(Json.parse("{\"n\":2}").asJsonObject());
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            try {
                new ServerStream(session, first, true, Duration.ofMinutes(1)).write(lost);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Await.until(() -> written(lost).contains("{\"n\":2}") || writing.isDone(), Duration.ofSeconds(30), "{n:2} written");
        String streamId = session.serverStreamId();
        // The client read the priming event and the first message only, then lost the connection.
        long resumed = session.stream().resume(10_000);
        writing.get(30, TimeUnit.SECONDS);
        assertTrue(resumed > 0, "took the stream over from one the server still thought open");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        session.outbound().enqueue(Json.parse("{\"n\":3}").asJsonObject());
        CompletableFuture<Void> resuming = CompletableFuture.runAsync(() -> {
            try {
                new ServerStream(session, resumed, Duration.ofMinutes(1), streamId, 1).write(out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Await.until(() -> written(out).contains("{\"n\":3}") || resuming.isDone(), Duration.ofSeconds(30), "{n:3} written");
        session.end();
        resuming.get(30, TimeUnit.SECONDS);
        assertEquals(List.of("retry: 3000",
                "id: " + streamId + "_2", "event: message", "data: {\"n\":2}",
                "id: " + streamId + "_3", "event: message", "data: {\"n\":3}"),
                written(out).lines().filter(l -> !l.isEmpty() && !l.startsWith(":")).toList(), "keep-alives aside");
    }

    @Test
    void aStreamClosedEarlySaysWhenToReconnectLast() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        session.outbound().enqueue(Json.parse("{\"n\":1}").asJsonObject());
        new ServerStream(session, session.stream().open(), true, Duration.ofMillis(1500)).write(out);
        String id = session.serverStreamId();
        assertEquals(List.of("id: " + id + "_0", "retry: 3000", "data: ", ": keep-alive",
                "id: " + id + "_1", "event: message", "data: {\"n\":1}", "retry: 3000"),
                written(out).lines().filter(l -> !l.isEmpty()).toList());
        assertTrue(session.stream().open() > 0, "the slot is free again");
    }

    @Test
    void aStreamThatLostItsClaimBeforeStartingTouchesNothing() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        long lost = session.stream().open();
        long live = session.stream().resume(0); // not started: the claim is only given up after the lease
        assertEquals(0, live);
        session.end(); // the session ends before the container writes the stream
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ServerStream(session, lost, true, Duration.ofMinutes(1)).write(out);
        assertEquals("retry: 3000\n\n", written(out));
        assertEquals(null, session.serverStreamId());
    }

    private static String written(ByteArrayOutputStream out) {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
