package dev.mcpee.internal.session;

import dev.mcpee.internal.Await;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The session's single server-to-client stream: one holder, taken over by a client that resumes. */
class SessionStreamTest {

    @Test
    void oneStreamAtATime() {
        Session session = new Session("s", "2025-11-25", "", 0);
        long first = session.stream().open();
        assertTrue(first > 0);
        assertEquals(0, session.stream().open(), "a second GET gets 409");
        assertTrue(session.stream().holds(first));
        session.stream().close(first);
        long second = session.stream().open();
        assertTrue(second > first);
        assertFalse(session.stream().holds(first), "an old claim holds nothing");
    }

    @Test
    void aResumingClientTakesOverAStreamTheServerThinksIsOpen() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        long old = session.stream().open();
        // The old stream, waiting for messages as ServerStream does, leaves when it no longer holds the slot.
        CompletableFuture<Void> oldStream = CompletableFuture.runAsync(() -> {
            try {
                while (session.stream().holds(old)) {
                    assertNull(session.outbound().next(60_000), "woken, not given a message");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                session.stream().close(old);
            }
        });
        long resumed = session.stream().resume(30_000);
        assertTrue(resumed > old);
        oldStream.get(30, TimeUnit.SECONDS);
        assertTrue(session.stream().holds(resumed));
        assertFalse(session.stream().holds(old));
    }

    @Test
    void aStreamThatDoesNotLeaveKeepsTheSlot() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        session.stream().open(); // a holder that never looks at holdsStream
        assertEquals(0, session.stream().resume(50));
    }

    @Test
    void anEndedSessionHoldsNoStream() {
        Session session = new Session("s", "2025-11-25", "", 0);
        long g = session.stream().open();
        session.end();
        assertFalse(session.stream().holds(g));
    }

    @Test
    void aClaimWhoseStreamNeverStartsIsGivenUp() {
        Session session = new Session("s", "2025-11-25", "", 0);
        long start = System.nanoTime();
        long lost = session.stream().open(start);
        assertEquals(0, session.stream().open(start + StreamTimings.START_LEASE.toNanos() / 2), "still within the lease");
        long next = session.stream().open(start + StreamTimings.START_LEASE.toNanos() + 1);
        assertTrue(next > lost, "the container never wrote the first stream: its claim is given up");
        assertFalse(session.stream().started(lost, "late"), "the container came back to the given-up claim too late");
        assertNull(session.serverStreamId(), "and it changed nothing");
        assertTrue(session.stream().started(next, "s1"));
        assertEquals("s1", session.serverStreamId());
        assertEquals(0, session.stream().open(start + 10 * StreamTimings.START_LEASE.toNanos()),
                "a started stream keeps its claim however long it runs");
    }

    @Test
    void aWakeUpLeftBehindIsClearedByTheNextClaim() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        long old = session.stream().open();
        assertTrue(session.stream().started(old, "a"));
        // A resuming client asks the stream to leave; it leaves without ever waiting, so the wake-up stays queued.
        CompletableFuture<Long> resuming = CompletableFuture.supplyAsync(() -> {
            try {
                return session.stream().resume(30_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Await.until(() -> !session.stream().holds(old), Duration.ofSeconds(30), "the old stream asked to leave");
        session.stream().close(old);
        long resumed = resuming.get(30, TimeUnit.SECONDS);
        assertTrue(resumed > old);
        jakarta.json.JsonObject m = dev.mcpee.internal.jsonrpc.Json.parse("{\"n\":1}").asJsonObject();
        session.outbound().enqueue(m);
        assertEquals(m, session.outbound().next(0), "the first thing the new stream gets is a message, not a wake-up");
    }

    @Test
    void aMessagePutBackGoesFirst() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        jakarta.json.JsonObject m1 = dev.mcpee.internal.jsonrpc.Json.parse("{\"n\":1}").asJsonObject();
        jakarta.json.JsonObject m2 = dev.mcpee.internal.jsonrpc.Json.parse("{\"n\":2}").asJsonObject();
        session.outbound().enqueue(m1);
        session.outbound().enqueue(m2);
        assertEquals(m1, session.outbound().next(0));
        session.outbound().putBack(m1);
        assertEquals(m1, session.outbound().next(0));
        assertEquals(m2, session.outbound().next(0));
    }
}
