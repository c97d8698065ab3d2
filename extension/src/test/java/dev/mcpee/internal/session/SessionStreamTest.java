package dev.mcpee.internal.session;

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
        long first = session.openStream();
        assertTrue(first > 0);
        assertEquals(0, session.openStream(), "a second GET gets 409");
        assertTrue(session.holdsStream(first));
        session.closeStream(first);
        long second = session.openStream();
        assertTrue(second > first);
        assertFalse(session.holdsStream(first), "an old claim holds nothing");
    }

    @Test
    void aResumingClientTakesOverAStreamTheServerThinksIsOpen() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        long old = session.openStream();
        // The old stream, waiting for messages as ServerStream does, leaves when it no longer holds the slot.
        CompletableFuture<Void> oldStream = CompletableFuture.runAsync(() -> {
            try {
                while (session.holdsStream(old)) {
                    assertNull(session.nextOutbound(60_000), "woken, not given a message");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                session.closeStream(old);
            }
        });
        long resumed = session.resumeStream(30_000);
        assertTrue(resumed > old);
        oldStream.get(30, TimeUnit.SECONDS);
        assertTrue(session.holdsStream(resumed));
        assertFalse(session.holdsStream(old));
    }

    @Test
    void aStreamThatDoesNotLeaveKeepsTheSlot() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        session.openStream(); // a holder that never looks at holdsStream
        assertEquals(0, session.resumeStream(50));
    }

    @Test
    void anEndedSessionHoldsNoStream() {
        Session session = new Session("s", "2025-11-25", "", 0);
        long g = session.openStream();
        session.end();
        assertFalse(session.holdsStream(g));
    }

    @Test
    void aClaimWhoseStreamNeverStartsIsGivenUp() {
        Session session = new Session("s", "2025-11-25", "", 0);
        long start = System.nanoTime();
        long lost = session.openStream(start);
        assertEquals(0, session.openStream(start + Session.STREAM_START_LEASE.toNanos() / 2), "still within the lease");
        long next = session.openStream(start + Session.STREAM_START_LEASE.toNanos() + 1);
        assertTrue(next > lost, "the container never wrote the first stream: its claim is given up");
        assertFalse(session.streamStarted(lost, "late"), "the container came back to the given-up claim too late");
        assertNull(session.serverStreamId(), "and it changed nothing");
        assertTrue(session.streamStarted(next, "s1"));
        assertEquals("s1", session.serverStreamId());
        assertEquals(0, session.openStream(start + 10 * Session.STREAM_START_LEASE.toNanos()),
                "a started stream keeps its claim however long it runs");
    }

    @Test
    void aWakeUpLeftBehindIsClearedByTheNextClaim() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        long old = session.openStream();
        assertTrue(session.streamStarted(old, "a"));
        // A resuming client asks the stream to leave; it leaves without ever waiting, so the wake-up stays queued.
        CompletableFuture<Long> resuming = CompletableFuture.supplyAsync(() -> {
            try {
                return session.resumeStream(30_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        while (session.holdsStream(old)) {
            Thread.sleep(5);
        }
        session.closeStream(old);
        long resumed = resuming.get(30, TimeUnit.SECONDS);
        assertTrue(resumed > old);
        jakarta.json.JsonObject m = dev.mcpee.internal.jsonrpc.Json.parse("{\"n\":1}").asJsonObject();
        session.enqueue(m);
        assertEquals(m, session.nextOutbound(0), "the first thing the new stream gets is a message, not a wake-up");
    }

    @Test
    void aMessagePutBackGoesFirst() throws Exception {
        Session session = new Session("s", "2025-11-25", "", 0);
        jakarta.json.JsonObject m1 = dev.mcpee.internal.jsonrpc.Json.parse("{\"n\":1}").asJsonObject();
        jakarta.json.JsonObject m2 = dev.mcpee.internal.jsonrpc.Json.parse("{\"n\":2}").asJsonObject();
        session.enqueue(m1);
        session.enqueue(m2);
        assertEquals(m1, session.nextOutbound(0));
        session.putBack(m1);
        assertEquals(m1, session.nextOutbound(0));
        assertEquals(m2, session.nextOutbound(0));
    }
}
