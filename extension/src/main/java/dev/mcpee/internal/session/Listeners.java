package dev.mcpee.internal.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

/**
 * The open {@code subscriptions/listen} streams of 2026-07-28 clients, which get the same list-changed and
 * resource-updated notifications as 2025 sessions, each filtered by what its request asked for. Nothing is
 * kept per client beyond the open streams; at most {@code limit} are open at once, and {@code limitPerOwner} of
 * one caller's.
 */
public final class Listeners {

    /** One open stream. */
    public interface Listener {

        /**
         * Offers a notification; the listener keeps only what its filter asked for, and never blocks.
         *
         * @param notification the JSON-RPC notification, untagged
         */
        void offer(JsonObject notification);

        /** The application stops: the stream ends with its result. */
        void end();
    }

    private final Map<Listener, String> open = new HashMap<>();
    private final Map<String, Integer> perOwner = new HashMap<>();
    private final int limit;
    private final int limitPerOwner;

    /**
     * Creates the registry.
     *
     * @param limit         open streams at most
     * @param limitPerOwner open streams of one caller (issuer and subject) at most
     */
    public Listeners(int limit, int limitPerOwner) {
        this.limit = limit;
        this.limitPerOwner = limitPerOwner;
    }

    /**
     * Reserves a place for a stream, before it is answered, so that a full registry is an error, not a stream.
     *
     * @param listener the stream
     * @param owner    who opens it
     * @return false at either limit: nothing is registered
     */
    public synchronized boolean add(Listener listener, String owner) {
        int mine = perOwner.getOrDefault(owner, 0);
        if (open.size() >= limit || mine >= limitPerOwner) {
            return false;
        }
        open.put(listener, owner);
        perOwner.put(owner, mine + 1);
        return true;
    }

    /**
     * Unregisters a stream that ended.
     *
     * @param listener the stream
     */
    public synchronized void remove(Listener listener) {
        String owner = open.remove(listener);
        if (owner != null) {
            perOwner.computeIfPresent(owner, (k, n) -> n > 1 ? n - 1 : null);
        }
    }

    private synchronized List<Listener> snapshot() {
        return List.copyOf(open.keySet());
    }

    /**
     * Offers a notification to every open stream.
     *
     * @param notification the notification
     */
    public void offer(JsonObject notification) {
        snapshot().forEach(l -> l.offer(notification));
    }

    /** Ends every open stream. */
    public void endAll() {
        snapshot().forEach(Listener::end);
    }
}
