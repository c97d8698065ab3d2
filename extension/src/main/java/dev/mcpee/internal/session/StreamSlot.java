package dev.mcpee.internal.session;

import java.util.concurrent.TimeUnit;

/**
 * The single server-to-client stream a session may have open (GET on the endpoint), as a state machine of
 * claims: a stream claims the slot, starts, and releases it; a client resuming the stream asks the holder to
 * leave, because a client that resumes has lost it though the server may not have noticed yet.
 */
public final class StreamSlot {

    /** One claim: when it was made and whether its stream began writing. */
    private record Claim(long generation, long claimedAtNanos, boolean started) {
    }

    private final OutboundQueue outbound;
    private final StreamLog log;
    /** Guards the claim's changes, which must be seen together; reading it needs no lock. */
    private final Object lock = new Object();
    private long generations;
    /** The claim holding the stream, null when free; one asked to leave is {@link #evicted}. */
    private volatile Claim claim;
    private volatile long evicted;

    StreamSlot(OutboundQueue outbound, StreamLog log) {
        this.outbound = outbound;
        this.log = log;
    }

    /**
     * Claims the slot. A claim whose stream never started writing within {@link StreamTimings#START_LEASE} (the container
     * failed before writing the response) is given up.
     *
     * @return the claim's generation (positive), or 0 when another stream is open
     */
    public long open() {
        return open(System.nanoTime());
    }

    long open(long nowNanos) {
        synchronized (lock) {
            Claim c = claim;
            if (c != null && (c.started() || nowNanos - c.claimedAtNanos() <= StreamTimings.START_LEASE.toNanos())) {
                return 0;
            }
            long generation = ++generations;
            claim = new Claim(generation, nowNanos, false);
            outbound.clearWakeUps();
            return generation;
        }
    }

    /**
     * Starts the stream of a claim: marks the claim started (no longer at risk of being given up) and makes its
     * event stream the one a client resumes, kept in the log whatever other streams do. Refused when the claim
     * was lost meanwhile (given up, taken over, or the session ended): the stream must then write nothing.
     *
     * @param generation the claim
     * @param streamId   the stream's event stream id
     * @return true when the claim still holds
     */
    public boolean started(long generation, String streamId) {
        synchronized (lock) {
            Claim c = claim;
            if (!holds(generation)) {
                return false;
            }
            claim = new Claim(generation, c.claimedAtNanos(), true);
            log.pin(streamId);
            return true;
        }
    }

    /**
     * Claims the slot for a client resuming the stream: an open stream is asked to leave, which it does at its
     * next check, woken at once if it is waiting for messages.
     *
     * @param millis how long to wait for the open stream to leave
     * @return the claim's generation, or 0 when the open stream did not leave in time
     * @throws InterruptedException when interrupted
     */
    public long resume(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long generation = open();
        if (generation == 0) {
            Claim holder = claim;
            evicted = holder == null ? 0 : holder.generation();
            outbound.wake();
        }
        while (generation == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
            generation = open();
        }
        return generation;
    }

    /**
     * Whether a stream holds the slot now (claimed, and not asked to leave).
     *
     * @return true while a server-to-client stream is open
     */
    public boolean isOpen() {
        Claim c = claim;
        return c != null && evicted != c.generation() && !outbound.closed();
    }

    /**
     * Whether a stream still holds the slot: false once the session ended or a resuming client took over.
     *
     * @param generation the stream's claim
     * @return true while it should go on
     */
    public boolean holds(long generation) {
        Claim c = claim;
        return !outbound.closed() && evicted != generation && c != null && c.generation() == generation;
    }

    /**
     * Releases the slot.
     *
     * @param generation the claim of the stream releasing it
     */
    public void close(long generation) {
        synchronized (lock) {
            Claim c = claim;
            if (c != null && c.generation() == generation) {
                claim = null;
            }
        }
    }
}
