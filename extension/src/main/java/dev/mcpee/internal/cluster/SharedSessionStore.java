package dev.mcpee.internal.cluster;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.cache.CacheException;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;
import javax.cache.event.CacheEntryEvent;

import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.session.Peers;
import dev.mcpee.internal.session.Session;
import dev.mcpee.internal.session.SessionLimitException;
import dev.mcpee.internal.session.SessionStore;
import dev.mcpee.internal.session.StoreUnavailableException;

/**
 * Sessions shared by every instance of the application through JCache ({@code mcp.session.store=jcache}): any
 * instance serves any session. What the client negotiated and asked for is a {@link SessionRecord}, read on
 * every request (which also keeps the session alive: the cache's idle expiry restarts on access) so that no
 * instance acts on an old copy; the streams' events are in a {@link SharedStreamLog}. What cannot be shared lives
 * where it happens and is reached through the {@link ClusterBus}: a call and its requests to the client run on
 * one instance, which hears of the client's answers and cancellations another instance received; notifications
 * go to every instance, each delivering them to the streams it holds. Caps hold cluster-wide: a counter of live
 * sessions, and each owner's sessions in creation order (the oldest ends beyond the cap).
 */
public final class SharedSessionStore implements SessionStore {

    private static final Logger LOG = Logger.getLogger(SharedSessionStore.class.getName());
    private static final Base64.Encoder ID_ENCODING = Base64.getUrlEncoder().withoutPadding();

    private final JCacheCluster cluster;
    private final ClusterPeers peers;
    private final int max;
    private final SessionCaps caps;
    private final int replayEvents;
    /** How often an instance restarts a session's idle time while using it: a tenth of the idle timeout, at most a minute. */
    private final long touchEvery;
    private final SecureRandom random = new SecureRandom();
    /** The sessions this instance has served: their calls, pending requests and streams live here. */
    private final Map<String, View> views = new ConcurrentHashMap<>();
    /** The call streams this instance writes, which its heartbeat keeps alive. */
    private final Set<String> writing = ConcurrentHashMap.newKeySet();
    private final MutableCacheEntryListenerConfiguration<String, String> expiry;
    private volatile Peers.Local local;

    /** A session as this instance knows it, with the record it was last brought up to date with. */
    private record View(Session session, String record, long touchedNanos) {
    }

    private SharedSessionStore(JCacheCluster cluster, McpConfig config) {
        this.cluster = cluster;
        this.max = config.maxSessions();
        this.caps = new SessionCaps(cluster.counters, cluster.owners, cluster.sessions, max,
                config.maxSessionsPerOwner());
        this.replayEvents = config.replayEvents();
        this.touchEvery = Math.min(config.sessionIdleTimeout().toNanos() / 10, java.time.Duration.ofMinutes(1)
                .toNanos());
        this.peers = new ClusterPeers(cluster, id -> {
            View view = views.get(id);
            return view == null ? null : view.session();
        }, this::drop);
        BusListenerFactory.handle(cluster.instance(), BusListenerFactory.EXPIRED, this::expired);
        this.expiry = new MutableCacheEntryListenerConfiguration<>(new BusListenerFactory(cluster.instance(),
                BusListenerFactory.EXPIRED), null, true, false);
        cluster.sessions.registerCacheEntryListener(expiry);
        cluster.heartbeat().scheduleWithFixedDelay(this::beat, 0, JCacheCluster.HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Joins the shared store.
     *
     * @param config the configuration ({@code mcp.session.*})
     * @param loader the application's class loader, where the JCache provider is looked up
     * @return the store
     */
    public static SharedSessionStore open(McpConfig config, ClassLoader loader) {
        JCacheCluster cluster = JCacheCluster.open(config.store(), config.sessionIdleTimeout(), loader);
        try {
            return new SharedSessionStore(cluster, config);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    @Override
    public Session create(String protocolVersion, String owner) {
        try {
            if (!caps.reserve()) {
                throw new SessionLimitException(max);
            }
            String id = newId();
            String ended;
            try {
                ended = caps.admit(owner, id);
            } catch (RuntimeException e) {
                caps.unreserve();
                throw e;
            }
            try {
                cluster.sessions.put(id, SessionRecord.initial(owner, protocolVersion));
            } catch (RuntimeException e) {
                caps.release(owner, id);
                throw e;
            }
            if (ended != null) {
                end(ended, false);
            }
            Session session = newSession(id, protocolVersion, owner);
            views.put(id, new View(session, null, System.nanoTime()));
            return session;
        } catch (CacheException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Session find(String id, String owner) {
        String text;
        try {
            text = cluster.sessions.get(id);
        } catch (CacheException e) {
            throw unavailable(e);
        }
        if (text == null) {
            drop(id);
            return null;
        }
        View known = views.get(id);
        // Parsed only when it changed since this instance last read it.
        SessionRecord record = known != null && text.equals(known.record()) ? null : SessionRecord.parse(text);
        String recordOwner = record == null ? known.session().owner() : record.owner();
        if (!recordOwner.equals(owner)) {
            return null;
        }
        long now = System.nanoTime();
        View view = views.compute(id, (k, v) -> {
            boolean stale = v == null || !text.equals(v.record());
            SessionRecord r = !stale ? null : record != null ? record : SessionRecord.parse(text);
            Session session = v == null ? newSession(id, r.protocolVersion(), r.owner()) : v.session();
            if (stale) {
                r.applyTo(session);
            }
            return new View(session, text, v == null ? now : v.touchedNanos());
        });
        if (now - view.touchedNanos() > touchEvery) {
            touch(id, text, view);
        }
        return view.session();
    }

    /**
     * Restarts the session's idle time everywhere: a write, made at most every {@link #touchEvery} per instance,
     * because a cache whose reads restart the time (touched expiry) writes on every read, on every backup too.
     */
    private void touch(String id, String text, View view) {
        try {
            cluster.sessions.replace(id, text, text);
            views.computeIfPresent(id, (k, v) -> v == view ? new View(v.session(), v.record(), System.nanoTime()) : v);
        } catch (CacheException e) {
            throw unavailable(e);
        }
    }

    private Session newSession(String id, String protocolVersion, String owner) {
        Session session = new Session(id, protocolVersion, owner, System.nanoTime(),
                new SharedStreamLog(id, cluster, writing, replayEvents));
        session.onChange(this::save);
        return session;
    }

    /** Writes what changed where every instance reads it (only while the session exists). */
    private void save(Session session) {
        String text = SessionRecord.of(session);
        try {
            cluster.sessions.replace(session.id(), text);
            views.computeIfPresent(session.id(), (k, v) -> new View(v.session(), text, System.nanoTime()));
        } catch (CacheException e) {
            throw unavailable(e);
        }
    }

    @Override
    public boolean remove(String id) {
        try {
            return end(id, true);
        } catch (CacheException e) {
            throw unavailable(e);
        }
    }

    /** Ends a session everywhere; {@code release} unless its owner's list already let it go. */
    private boolean end(String id, boolean release) {
        String text = cluster.sessions.getAndRemove(id);
        if (text != null && release) {
            caps.release(SessionRecord.parse(text).owner(), id);
        }
        peers.deleted(id);
        drop(id);
        return text != null;
    }

    /** This instance lets go of a session that ended: its streams stop. */
    private void drop(String id) {
        View view = views.remove(id);
        if (view != null) {
            view.session().end();
        }
    }

    /** A session left idle too long expired (seen by every instance; one of them releases its place). */
    private void expired(CacheEntryEvent<? extends String, ? extends String> event) {
        String text = event.getOldValue() != null ? event.getOldValue() : event.getValue();
        drop(event.getKey());
        if (text != null) {
            try {
                caps.release(SessionRecord.parse(text).owner(), event.getKey());
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "mcp-ee: an expired session's place could not be released", e);
            }
        }
    }

    /**
     * The sessions this instance holds; those with an open server-to-client stream brought up to date first,
     * so that a notification goes to who subscribed on any instance.
     */
    @Override
    public void forEach(Consumer<Session> action) {
        for (View view : views.values()) {
            Session session = view.session();
            if (session.stream().isOpen()) {
                find(session.id(), session.owner());
            }
            action.accept(session);
        }
    }

    @Override
    public boolean reachable() {
        return cluster.answers();
    }

    @Override
    public int size() {
        return caps.live();
    }

    @Override
    public Peers peers() {
        return peers;
    }

    @Override
    public void close() {
        views.values().forEach(v -> v.session().end());
        try {
            cluster.sessions.deregisterCacheEntryListener(expiry);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "mcp-ee: the expiry listener could not be deregistered", e);
        }
        BusListenerFactory.forget(cluster.instance(), BusListenerFactory.EXPIRED);
        peers.close();
        cluster.close();
    }

    /** Says, for the cluster, that the call streams this instance writes are alive. */
    private void beat() {
        try {
            Map<String, String> alive = new java.util.HashMap<>();
            writing.forEach(k -> alive.put(k, cluster.instance()));
            if (!alive.isEmpty()) {
                cluster.alive.putAll(alive);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "mcp-ee: the heartbeat could not be written", e);
        }
    }

    private static StoreUnavailableException unavailable(CacheException e) {
        LOG.log(Level.WARNING, "mcp-ee: the shared session store did not answer", e);
        return new StoreUnavailableException(e);
    }

    private String newId() {
        // 256 bits from a CSPRNG, base64url: 43 visible ASCII characters, unguessable.
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return ID_ENCODING.encodeToString(bytes);
    }
}
