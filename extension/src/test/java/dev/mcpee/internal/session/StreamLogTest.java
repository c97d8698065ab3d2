package dev.mcpee.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class StreamLogTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void replaysOnlyThatStreamAfterTheGivenEvent() throws Exception {
        StreamLog log = new LocalStreamLog(10);
        log.record("a", 1, b("a1"));
        log.record("b", 1, b("b1"));
        log.record("a", 2, b("a2"));
        log.record("a", 3, b("a3"));
        List<StreamLog.Event> after = log.after("a", 1, 0);
        assertEquals(List.of(2, 3), after.stream().map(StreamLog.Event::sequence).toList());
        assertTrue(log.knows("b"));
        assertFalse(log.knows("c"));
        assertEquals(List.of(), log.after("c", 0, 0));
    }

    @Test
    void keepsTheMostRecentEventsOnly() throws Exception {
        StreamLog log = new LocalStreamLog(2);
        for (int i = 1; i <= 5; i++) {
            log.record("a", i, b("e" + i));
        }
        assertEquals(List.of(4, 5), log.after("a", 0, 0).stream().map(StreamLog.Event::sequence).toList());
    }

    @Test
    void completeStreamsDoNotWait() throws Exception {
        StreamLog log = new LocalStreamLog(10);
        log.record("a", 1, b("x"));
        log.complete("a");
        assertTrue(log.isComplete("a"));
        assertEquals(List.of(), log.after("a", 1, 60_000), "returns at once");
    }

    @Test
    void aForgottenEventIsNotReplayedButItsNumberIsNotReused() throws Exception {
        StreamLog log = new LocalStreamLog(10);
        log.record("g", 1, b("one"));
        log.record("g", 2, b("two"));
        log.forget("g", 1); // not the last: nothing happens
        log.forget("g", 2);
        assertEquals(List.of(1), log.after("g", 0, 0).stream().map(StreamLog.Event::sequence).toList());
        assertEquals(3, log.nextSequence("g"), "2 was used on the wire, maybe partly");
        assertEquals(0, log.nextSequence("unknown"));
    }

    @Test
    void aReopenedStreamWaitsForEventsAgain() throws Exception {
        StreamLog log = new LocalStreamLog(10);
        log.record("g", 1, b("one"));
        log.complete("g");
        log.reopen("g");
        assertFalse(log.isComplete("g"));
        Thread writer = new Thread(() -> log.record("g", 2, b("two")));
        writer.start();
        assertEquals(List.of(2), log.after("g", 1, 30_000).stream().map(StreamLog.Event::sequence).toList());
        writer.join();
    }

    @Test
    void thePinnedStreamOutlivesManyCalls() throws Exception {
        StreamLog log = new LocalStreamLog(10);
        log.pin("get");
        log.record("get", 1, b("g1"));
        for (int i = 0; i < 3 * LocalStreamLog.STREAMS; i++) {
            log.record("call" + i, 0, b("c"));
            log.complete("call" + i);
        }
        assertTrue(log.knows("get"));
        assertEquals(2, log.nextSequence("get"));
        assertEquals(List.of(1), log.after("get", 0, 0).stream().map(StreamLog.Event::sequence).toList());
        assertFalse(log.knows("call0"), "calls' streams are still bounded");
        assertTrue(log.knows("call" + (3 * LocalStreamLog.STREAMS - 1)));
        log.pin("get2"); // a new GET stream: the old one may go like any other
        for (int i = 0; i < LocalStreamLog.STREAMS + 1; i++) {
            log.record("more" + i, 0, b("c"));
        }
        assertFalse(log.knows("get"));
        assertTrue(log.knows("get2"));
    }
}
