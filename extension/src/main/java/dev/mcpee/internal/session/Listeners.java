package dev.mcpee.internal.session;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonObject;

/**
 * The open {@code subscriptions/listen} streams of 2026-07-28 clients, which get the same list-changed and
 * resource-updated notifications as 2025 sessions, each filtered by what its request asked for. Nothing is
 * kept per client beyond the open streams; at most {@code limit} are open at once.
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

    private final Set<Listener> open = ConcurrentHashMap.newKeySet();
    private final int limit;

    /**
     * Creates the registry.
     *
     * @param limit open streams at most
     */
    public Listeners(int limit) {
        this.limit = limit;
    }

    /**
     * Registers a stream.
     *
     * @param listener the stream
     * @return false at the limit: the stream is not registered
     */
    public boolean add(Listener listener) {
        if (open.size() >= limit) {
            return false;
        }
        open.add(listener);
        return true;
    }

    /**
     * Unregisters a stream that ended.
     *
     * @param listener the stream
     */
    public void remove(Listener listener) {
        open.remove(listener);
    }

    /**
     * Offers a notification to every open stream.
     *
     * @param notification the notification
     */
    public void offer(JsonObject notification) {
        open.forEach(l -> l.offer(notification));
    }

    /** Ends every open stream. */
    public void endAll() {
        open.forEach(Listener::end);
    }
}
