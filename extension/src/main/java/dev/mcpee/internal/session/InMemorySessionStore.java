package dev.mcpee.internal.session;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Sessions in this JVM's memory, with an idle timeout, a cap, and a cap per owner. Expired sessions are dropped when looked
 * up and swept when a session is created (at most once per tenth of the idle timeout, or whenever the cap is
 * reached), so no background thread is needed.
 */
public final class InMemorySessionStore implements SessionStore {

    private static final Base64.Encoder ID_ENCODING = Base64.getUrlEncoder().withoutPadding();

    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final long idleNanos;
    private final int max;
    private final int maxPerOwner;
    private final int replayEvents;
    private final LongSupplier clock;
    private final AtomicLong lastSweep;

    /**
     * Creates the store.
     *
     * @param idleTimeout how long an unused session lives
     * @param max         live sessions at most
     * @param maxPerOwner  live sessions of one owner at most; beyond it the owner's least recently used one ends
     * @param replayEvents events each stream keeps for resumption ({@code mcp.session.replay-events})
     * @param clock        monotonic nanoseconds ({@code System::nanoTime} outside tests)
     */
    public InMemorySessionStore(Duration idleTimeout, int max, int maxPerOwner, int replayEvents,
                                LongSupplier clock) {
        this.idleNanos = idleTimeout.toNanos();
        this.max = max;
        this.maxPerOwner = maxPerOwner;
        this.replayEvents = replayEvents;
        this.clock = clock;
        this.lastSweep = new AtomicLong(clock.getAsLong());
    }

    @Override
    public Session create(String protocolVersion, String owner) {
        long now = clock.getAsLong();
        long last = lastSweep.get();
        if ((sessions.size() >= max || now - last > idleNanos / 10) && lastSweep.compareAndSet(last, now)) {
            sessions.values().removeIf(s -> {
                boolean gone = expired(s, now);
                if (gone) {
                    s.close();
                }
                return gone;
            });
        }
        endOldestBeyondOwnerCap(owner);
        if (sessions.size() >= max) {
            throw new SessionLimitException(max);
        }
        Session session = new Session(newId(), protocolVersion, owner, now, replayEvents);
        sessions.put(session.id(), session);
        return session;
    }

    @Override
    public Session find(String id, String owner) {
        Session session = sessions.get(id);
        if (session == null) {
            return null;
        }
        long now = clock.getAsLong();
        if (expired(session, now)) {
            sessions.remove(id, session);
            session.close();
            return null;
        }
        if (!session.owner().equals(owner)) {
            // Someone else presenting the id learns nothing, and must not keep the session alive either.
            return null;
        }
        session.touch(now);
        return session;
    }

    @Override
    public boolean remove(String id) {
        Session removed = sessions.remove(id);
        if (removed != null) {
            removed.close();
        }
        return removed != null;
    }

    @Override
    public void forEach(java.util.function.Consumer<Session> action) {
        sessions.values().forEach(action);
    }

    @Override
    public int size() {
        return sessions.size();
    }

    /**
     * One caller must not be able to take every session slot: when the owner already holds its share, its
     * least recently used session ends (a scan, on initialize only).
     */
    private void endOldestBeyondOwnerCap(String owner) {
        int count = 0;
        Session oldest = null;
        for (Session s : sessions.values()) {
            if (s.owner().equals(owner)) {
                count++;
                if (oldest == null || s.lastAccessNanos() < oldest.lastAccessNanos()) {
                    oldest = s;
                }
            }
        }
        if (count >= maxPerOwner && oldest != null && sessions.remove(oldest.id(), oldest)) {
            oldest.close();
        }
    }

    private boolean expired(Session s, long now) {
        return now - s.lastAccessNanos() > idleNanos;
    }

    private String newId() {
        // 256 bits from a CSPRNG, base64url: 43 visible ASCII characters, unguessable.
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return ID_ENCODING.encodeToString(bytes);
    }
}
