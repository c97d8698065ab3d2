package dev.mcpee.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.mcpee.internal.protocol.StreamedCall;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.protocol.CallContext;
import dev.mcpee.internal.security.TokenCaller;
import dev.mcpee.internal.session.Session;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/** A call's event stream: progress as it happens, keep-alive comments while an asynchronous method is silent. */
class CallStreamTest {

    @Test
    void aSilentAsynchronousMethodGetsKeepAlivesThenItsResponse() {
        Session session = new Session("s", "2025-11-25", "", 0);
        JsonObject response = Json.parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}").asJsonObject();
        CallStream stream = new CallStream(true,
                writer -> new StreamedCall(Json.string("t"), new SessionClient(session), writer::eventIfConnected, Duration.ofSeconds(5), JsonbBuilder.create()),
                call -> new CallContext(new SessionClient(session), TokenCaller.ANONYMOUS, call),
                context -> {
                    context.call().progress(1, null, "started");
                    // Completes after about six keep-alive intervals, off this thread.
                    return CompletableFuture.supplyAsync(() -> response,
                            CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
                },
                () -> { }, session.log(), Duration.ofMillis(50));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stream.write(out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isEmpty()).toList();
        int progress = indexOf(lines, "notifications/progress");
        int keepAlive = lines.indexOf(": keep-alive");
        int result = indexOf(lines, "\"result\"");
        assertTrue(progress >= 0 && keepAlive > progress && result > keepAlive, lines.toString());
        assertTrue(lines.stream().filter(": keep-alive"::equals).count() >= 2, lines.toString());
        assertEquals(lines.size() - 1, result, "the response comes last: " + lines);
    }

    @Test
    void aClientThatDoesNotReadHoldsTheToolNotTheHeap() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        JsonObject response = Json.parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}").asJsonObject();
        java.util.concurrent.CountDownLatch reads = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        // A client that stops reading: after a few writes the "socket" accepts nothing until it reads again.
        java.io.OutputStream client = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (writes.incrementAndGet() > 5) {
                    try {
                        reads.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                synchronized (received) {
                    received.write(b, off, len);
                }
            }
        };
        CallStream stream = new CallStream(true,
                writer -> new StreamedCall(Json.string("t"), new SessionClient(session), writer::eventIfConnected,
                        Duration.ofSeconds(5), JsonbBuilder.create()),
                call -> new CallContext(new SessionClient(session), TokenCaller.ANONYMOUS, call),
                context -> {
                    for (int i = 0; i < 10_000; i++) {
                        context.call().progress(i, 10_000.0, "step");
                        sent.incrementAndGet();
                    }
                    return CompletableFuture.completedFuture(response);
                },
                () -> { }, session.log(), Duration.ofSeconds(5));
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> stream.write(client));
        Thread.sleep(500);
        // The tool is held in its progress() call: the events it could not send are not piling up anywhere.
        assertTrue(sent.get() <= 5, "progress calls returned while the client read nothing: " + sent.get());
        assertTrue(!writing.isDone());
        reads.countDown();
        writing.get(20, TimeUnit.SECONDS);
        assertEquals(10_000, sent.get());
        String text;
        synchronized (received) {
            text = received.toString(StandardCharsets.UTF_8);
        }
        assertEquals(10_000, text.lines().filter(l -> l.contains("notifications/progress")).count());
        assertTrue(text.lines().filter(l -> !l.isEmpty()).reduce((a, b) -> b).orElse("").contains("\"result\""));
    }

    @Test
    void aDetachedCallEndsItsStreamAfterPrimingAndKeepsTheRestForTheResume() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        JsonObject response = Json.parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}").asJsonObject();
        boolean[] closedBeforeTheResult = new boolean[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            private boolean closed;

            @Override
            public void close() {
                closed = true;
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                if (closed) {
                    throw new IllegalStateException("written after close");
                }
                super.write(b, off, len);
            }
        };
        CallStream stream = new CallStream(true,
                writer -> new StreamedCall(null, new SessionClient(session), writer::eventIfConnected,
                        Duration.ofSeconds(5), JsonbBuilder.create()),
                call -> new CallContext(new SessionClient(session), TokenCaller.ANONYMOUS, call),
                context -> {
                    context.call().detach();
                    closedBeforeTheResult[0] = out.toString(StandardCharsets.UTF_8).contains("retry:");
                    context.call().progress(1, null, "after the detach");
                    return CompletableFuture.completedFuture(response);
                },
                () -> { }, session.log(), Duration.ofMillis(50));
        stream.write(out);
        String written = out.toString(StandardCharsets.UTF_8);
        assertTrue(closedBeforeTheResult[0], "the priming event (with retry) went out before the detach");
        assertTrue(!written.contains("\"result\""), "nothing is written after the detach: " + written);
        String streamId = EventId.parse(written.lines().filter(l -> l.startsWith("id: ")).findFirst().orElseThrow()
                .substring(4)).streamId();
        assertTrue(session.log().isComplete(streamId), "the stream is complete once the call is");
        List<String> kept = session.log().after(streamId, -1, 0).stream()
                .map(e -> new String(e.data(), StandardCharsets.UTF_8)).toList();
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(kept.get(0).contains("\"result\""), "the result is kept for the resume: " + kept);
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("data: ") && lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
