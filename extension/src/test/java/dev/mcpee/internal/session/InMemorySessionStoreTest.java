package dev.mcpee.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class InMemorySessionStoreTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final InMemorySessionStore store = new InMemorySessionStore(Duration.ofSeconds(60), 3, 3, 100, now::get);

    @Test
    void idsAreVisibleAsciiAndDistinct() {
        Set<String> ids = new HashSet<>();
        InMemorySessionStore big = new InMemorySessionStore(Duration.ofSeconds(60), 1000, 1000, 100, now::get);
        for (int i = 0; i < 500; i++) {
            String id = big.create("2025-11-25", "").id();
            assertTrue(id.matches("[A-Za-z0-9_-]{43}"), id);
            ids.add(id);
        }
        assertEquals(500, ids.size());
    }

    @Test
    void findsAndRemoves() {
        Session s = store.create("2025-06-18", "");
        assertSame(s, store.find(s.id(), ""));
        assertEquals("2025-06-18", s.protocolVersion());
        assertTrue(store.remove(s.id()));
        assertNull(store.find(s.id(), ""));
        assertFalse(store.remove(s.id()));
        assertNull(store.find("unknown", ""));
    }

    @Test
    void idleSessionsExpireAndUseRestartsTheClock() {
        Session a = store.create("2025-11-25", "");
        Session b = store.create("2025-11-25", "");
        now.addAndGet(Duration.ofSeconds(50).toNanos());
        assertSame(a, store.find(a.id(), ""));
        now.addAndGet(Duration.ofSeconds(50).toNanos());
        assertSame(a, store.find(a.id(), ""), "used 50 s ago");
        assertNull(store.find(b.id(), ""), "idle for 100 s");
    }

    @Test
    void capIsEnforcedAfterSweepingExpiredSessions() {
        store.create("2025-11-25", "a");
        store.create("2025-11-25", "b");
        Session third = store.create("2025-11-25", "c");
        assertThrows(SessionLimitException.class, () -> store.create("2025-11-25", "d"));
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        Session fresh = store.create("2025-11-25", "d");
        assertNotEquals(third.id(), fresh.id());
        assertEquals(1, store.size(), "the three expired sessions were swept");
    }

    @Test
    void oneOwnerCannotTakeEverySlot() {
        InMemorySessionStore store = new InMemorySessionStore(Duration.ofSeconds(60), 10, 2, 100, now::get);
        Session first = store.create("2025-11-25", "mallory");
        now.addAndGet(1);
        Session second = store.create("2025-11-25", "mallory");
        now.addAndGet(1);
        Session third = store.create("2025-11-25", "mallory");
        assertNull(store.find(first.id(), "mallory"), "the owner's least recently used session ended");
        assertSame(second, store.find(second.id(), "mallory"));
        assertSame(third, store.find(third.id(), "mallory"));
        Session alice = store.create("2025-11-25", "alice");
        assertSame(alice, store.find(alice.id(), "alice"), "other owners are unaffected");
        assertEquals(3, store.size());
    }

    @Test
    void anotherOwnerNeitherGetsTheSessionNorKeepsItAlive() {
        Session alice = store.create("2025-11-25", "alice");
        now.addAndGet(Duration.ofSeconds(40).toNanos());
        assertNull(store.find(alice.id(), "mallory"), "another owner is not given the session");
        now.addAndGet(Duration.ofSeconds(40).toNanos());
        assertNull(store.find(alice.id(), "mallory"));
        assertNull(store.find(alice.id(), "alice"), "idle for 80 s: mallory's requests did not extend its life");
    }
}
