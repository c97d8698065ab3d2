package dev.mcpee.internal.session;

import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

/**
 * The messages waiting for a session's server-to-client stream (notifications not tied to a call). Bounded:
 * a client without an open stream keeps the last {@link #MAX}, the oldest go first.
 */
public final class OutboundQueue {

    /** Messages kept for a client without an open stream; the oldest go first. */
    static final int MAX = 100;

    /** Wakes a waiting stream (the session ended, or a resuming client takes over); never delivered. */
    private static final JsonObject WAKE_UP = jakarta.json.Json.createObjectBuilder().build();

    private final BlockingDeque<JsonObject> messages = new LinkedBlockingDeque<>(MAX);
    private volatile boolean closed;

    /**
     * Queues a message, dropping the oldest when full.
     *
     * @param message the message
     */
    public void enqueue(JsonObject message) {
        while (!messages.offer(message)) {
            messages.poll();
        }
    }

    /**
     * Puts back a message whose write failed, ahead of the others: it was the oldest. When the queue filled
     * up meanwhile, it is the one dropped, as {@link #enqueue} drops the oldest.
     *
     * @param message the message
     */
    public void putBack(JsonObject message) {
        messages.offerFirst(message);
    }

    /**
     * The next message, waiting at most the given time.
     *
     * @param millis how long to wait
     * @return the message, or null after the wait, after a wake-up, or once the session ended
     * @throws InterruptedException when interrupted
     */
    public JsonObject next(long millis) throws InterruptedException {
        if (closed) {
            return null;
        }
        JsonObject message = messages.poll(millis, TimeUnit.MILLISECONDS);
        return message == WAKE_UP ? null : message;
    }

    /** Wakes a stream waiting for messages, unless a wake-up is already queued (each takes a message's place). */
    void wake() {
        synchronized (messages) {
            if (messages.stream().noneMatch(m -> m == WAKE_UP)) {
                messages.offer(WAKE_UP);
            }
        }
    }

    /** Drops wake-ups meant for a stream that left: of no use now, and each would take a message's place. */
    void clearWakeUps() {
        messages.removeIf(m -> m == WAKE_UP);
    }

    /** The session ended: a waiting stream wakes at once and no message is handed out any more. */
    void close() {
        closed = true;
        wake();
    }

    /**
     * Whether the session ended.
     *
     * @return true once closed
     */
    boolean closed() {
        return closed;
    }
}
