package dev.mcpee.internal.cluster;

import java.time.Duration;
import java.util.logging.Logger;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.Factory;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.EternalExpiryPolicy;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.cache.spi.CachingProvider;

import dev.mcpee.internal.config.StoreSettings;

/**
 * The caches every instance of the application shares, opened once per deployment through the JCache API
 * (JSR-107): the provider (Hazelcast, say) comes with the WAR or the server and is configured by it; mcp-ee
 * names it, its URI and its properties from {@code mcp.session.jcache.*}. Values are JDK types only (strings,
 * bytes, numbers), so no application class travels between instances.
 *
 * <p>The caches, each named {@code <prefix>.<name>}:
 * <ul>
 *   <li>{@code sessions}: session id to the session's record (JSON), idle expiry restarted by each write (the
 *   store writes a used session now and then);</li>
 *   <li>{@code owners}: issuer and subject to the ids of their sessions, oldest first (the per-owner cap);</li>
 *   <li>{@code counters}: the number of live sessions (the total cap);</li>
 *   <li>{@code events}, {@code streams}: the stream logs, for resumption on any instance;</li>
 *   <li>{@code alive}: which streams an instance is writing now, refreshed while it lives;</li>
 *   <li>{@code bus}: messages between instances ({@link ClusterBus}).</li>
 * </ul>
 */
public final class JCacheCluster implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(JCacheCluster.class.getName());
    /** How long a readiness probe waits for the caches' answer. */
    private static final Duration PROBE = Duration.ofSeconds(2);

    /** How often an instance says the streams it writes are alive. */
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** A stream whose writer said nothing for this long lost its writer (the instance stopped). */
    static final Duration ORPHANED = HEARTBEAT.multipliedBy(3);

    private final CacheManager manager;
    private final String instance;
    private final ScheduledExecutorService heartbeat;
    final Cache<String, String> sessions;
    final Cache<String, String> owners;
    final Cache<String, Long> counters;
    final Cache<String, byte[]> events;
    final Cache<String, String> streams;
    final Cache<String, String> alive;
    final Cache<String, String> bus;

    private JCacheCluster(CacheManager manager, String prefix, Duration idle, Duration replayWindow) {
        this.manager = manager;
        this.instance = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        // Modified, not touched: reads must not write; the store restarts a used session's time now and then.
        this.sessions = cache(prefix + ".sessions", ModifiedExpiryPolicy.factoryOf(duration(idle)));
        // Eternal: an owner's list must outlive each of its sessions; it goes when its last session goes.
        this.owners = cache(prefix + ".owners", EternalExpiryPolicy.factoryOf());
        this.counters = cache(prefix + ".counters", EternalExpiryPolicy.factoryOf());
        this.events = cache(prefix + ".events", CreatedExpiryPolicy.factoryOf(duration(replayWindow)));
        this.streams = cache(prefix + ".streams", ModifiedExpiryPolicy.factoryOf(duration(replayWindow)));
        // Modified, not created: each heartbeat's put starts the entry's time again.
        this.alive = cache(prefix + ".alive", ModifiedExpiryPolicy.factoryOf(duration(ORPHANED)));
        this.bus = cache(prefix + ".bus", CreatedExpiryPolicy.factoryOf(
                new javax.cache.expiry.Duration(java.util.concurrent.TimeUnit.SECONDS, 60)));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mcp-ee-cluster-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the caches.
     *
     * @param settings the {@code mcp.session.*} store settings
     * @param idle     {@code mcp.session.idle-timeout}
     * @param loader   the application's class loader, where the provider is looked up
     * @return the cluster
     * @throws CacheException or a {@code LinkageError} when no provider can be used
     */
    public static JCacheCluster open(StoreSettings settings, Duration idle, ClassLoader loader) {
        CachingProvider provider = settings.provider() == null ? Caching.getCachingProvider(loader)
                : Caching.getCachingProvider(settings.provider(), loader);
        Properties properties = new Properties();
        properties.putAll(settings.properties());
        // No class loader and the provider's default URI unless one is configured: providers (Hazelcast) put both
        // into the caches' names, which must be the same on every instance.
        CacheManager manager = provider.getCacheManager(settings.uri() == null ? provider.getDefaultURI()
                : java.net.URI.create(settings.uri()), null, properties);
        try {
            return new JCacheCluster(manager, settings.prefix(), idle, settings.replayWindow());
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private <V> Cache<String, V> cache(String name, Factory<? extends ExpiryPolicy> expiry) {
        // Created with mcp-ee's expiry, never taken from the provider's own declarations (a provider may create a
        // declared cache on first lookup, with its expiry, not ours); untyped, as JCache requires for a cache
        // another instance created. The provider bounds its size (Hazelcast: about 10,000 entries per member).
        Cache<Object, Object> cache;
        try {
            cache = manager.createCache(name, new MutableConfiguration<>().setExpiryPolicyFactory(expiry)
                    .setStoreByValue(true));
        } catch (CacheException exists) {
            // Another instance (or an earlier deployment) created it.
            cache = manager.getCache(name);
            if (cache == null) {
                throw exists;
            }
        }
        return (Cache<String, V>) (Cache<?, ?>) cache;
    }

    private static javax.cache.expiry.Duration duration(Duration d) {
        return new javax.cache.expiry.Duration(java.util.concurrent.TimeUnit.MILLISECONDS, Math.max(1, d.toMillis()));
    }

    /** @return this instance's id in the cluster: random per deployment */
    String instance() {
        return instance;
    }

    /** @return the single thread that refreshes what this instance says of itself */
    ScheduledExecutorService heartbeat() {
        return heartbeat;
    }

    /**
     * Whether the shared caches answer now (readiness).
     *
     * @return true when a read of the sessions cache succeeded
     */
    boolean answers() {
        try {
            // A read of a key no session has, answered by the cache's members; bounded, because a provider may
            // block for as long as it takes to give up on a member that vanished.
            java.util.concurrent.CompletableFuture.supplyAsync(() -> sessions.containsKey("mcp-ee:readiness"))
                    .get(PROBE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.fine(() -> "mcp-ee: the session store did not answer the readiness probe: " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Leaves the cluster: the cache manager closes (a provider started by it stops). */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        manager.close();
    }
}
