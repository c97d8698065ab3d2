package dev.mcpee.internal.cluster;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javax.cache.configuration.Factory;
import javax.cache.event.CacheEntryCreatedListener;
import javax.cache.event.CacheEntryEvent;
import javax.cache.event.CacheEntryExpiredListener;
import javax.cache.event.CacheEntryListener;

/**
 * Makes one instance's cache listener. JCache providers send a listener's factory to the other members of the
 * cluster, so it holds nothing but the instance's id and what it listens for; the listener it makes finds the
 * instance's live handler here, in the registering instance's own memory.
 */
final class BusListenerFactory implements Factory<CacheEntryListener<String, String>>, Serializable {

    private static final long serialVersionUID = 1L;
    /** The handlers of the instances in this JVM (one per deployment), by instance id and event kind. */
    private static final Map<String, Consumer<CacheEntryEvent<? extends String, ? extends String>>> HANDLERS =
            new ConcurrentHashMap<>();

    /** New entries (the bus). */
    static final String CREATED = "created";
    /** Entries that expired (sessions left idle). */
    static final String EXPIRED = "expired";

    private final String instance;
    private final String kind;

    BusListenerFactory(String instance, String kind) {
        this.instance = instance;
        this.kind = kind;
    }

    /**
     * Gives an instance's events of a kind to a handler.
     *
     * @param instance the instance
     * @param kind     {@link #CREATED} or {@link #EXPIRED}
     * @param handler  what it does with each event, quickly (the provider's event thread calls it)
     */
    static void handle(String instance, String kind,
                       Consumer<CacheEntryEvent<? extends String, ? extends String>> handler) {
        HANDLERS.put(instance + "/" + kind, handler);
    }

    /**
     * Stops giving an instance's events of a kind to anyone.
     *
     * @param instance the instance
     * @param kind     the kind
     */
    static void forget(String instance, String kind) {
        HANDLERS.remove(instance + "/" + kind);
    }

    @Override
    public CacheEntryListener<String, String> create() {
        String key = instance + "/" + kind;
        if (EXPIRED.equals(kind)) {
            return (CacheEntryExpiredListener<String, String>) expired -> deliver(key, expired);
        }
        return (CacheEntryCreatedListener<String, String>) created -> deliver(key, created);
    }

    private static void deliver(String key, Iterable<CacheEntryEvent<? extends String, ? extends String>> events) {
        Consumer<CacheEntryEvent<? extends String, ? extends String>> handler = HANDLERS.get(key);
        if (handler != null) {
            events.forEach(handler);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusListenerFactory f && f.instance.equals(instance) && f.kind.equals(kind);
    }

    @Override
    public int hashCode() {
        return instance.hashCode() * 31 + kind.hashCode();
    }
}
