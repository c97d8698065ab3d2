package dev.mcpee.internal.security;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The authorization server's keys, fetched from its JWKS URL: once at deployment (a failure fails the
 * deployment), again when a token names an unknown key (at most once per {@link #MIN_REFRESH}, or per max age
 * when that is shorter, so forged key ids cannot turn the server into a JWKS flooder), and when the copy is older
 * than its max age ({@code mcp.auth.keys-max-age}, default {@link #MAX_AGE}). A failed fetch keeps the keys at
 * hand; {@link #status()} tells readiness whether they are still fresh.
 */
public final class RemoteJwks implements KeySource {

    /** Shortest interval between two fetches. */
    static final Duration MIN_REFRESH = Duration.ofSeconds(30);
    /** Default age after which the keys are fetched again on use. */
    static final Duration MAX_AGE = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(RemoteJwks.class.getName());

    private final URI uri;
    private final HttpJson http;
    private final LongSupplier nanos;
    private volatile JwkSet keys;
    private volatile long fetchedAt;
    private volatile long loadedAt;
    private volatile boolean failing;
    private final long maxAge;
    private final long minRefresh;
    private final ReentrantLock fetching = new ReentrantLock();
    private final Executor refresher;

    RemoteJwks(URI uri, HttpJson http, LongSupplier nanos) throws IOException {
        this(uri, http, nanos, MAX_AGE, ForkJoinPool.commonPool());
    }

    /**
     * Fetches the keys.
     *
     * @param uri       the JWKS URL
     * @param http      the HTTP client
     * @param nanos     the clock
     * @param maxAge    age after which the keys are fetched again
     * @param refresher where a readiness probe's refetch runs, so the probe answers at once
     * @throws IOException when the keys cannot be fetched now
     */
    RemoteJwks(URI uri, HttpJson http, LongSupplier nanos, Duration maxAge, Executor refresher) throws IOException {
        this.refresher = refresher;
        this.uri = uri;
        this.http = http;
        this.nanos = nanos;
        this.maxAge = maxAge.toNanos();
        this.minRefresh = Math.min(MIN_REFRESH.toNanos(), this.maxAge);
        this.keys = JwkSet.parse(http.get(uri));
        this.fetchedAt = nanos.getAsLong();
        this.loadedAt = fetchedAt;
        if (keys.keys().isEmpty()) {
            throw new IOException("the key set at " + uri + " holds no RSA or EC signing key");
        }
    }

    @Override
    public JwkSet current() {
        if (nanos.getAsLong() - loadedAt > maxAge) {
            return refreshed();
        }
        return keys;
    }

    @Override
    public JwkSet refreshed() {
        // One fetch at a time, and nobody waits for it: the others go on with the keys at hand, so a slow key
        // server cannot park request threads behind a lock.
        if (!fetching.tryLock()) {
            return keys;
        }
        try {
            long now = nanos.getAsLong();
            if (now - fetchedAt < minRefresh) {
                return keys;
            }
            fetchedAt = now;
            JwkSet fresh = JwkSet.parse(http.get(uri));
            if (fresh.keys().isEmpty()) {
                failing = true;
                LOG.warning(() -> "mcp-ee: the key set at " + uri + " holds no usable key now; keeping the previous one");
            } else {
                keys = fresh;
                loadedAt = now;
                failing = false;
            }
        } catch (IOException | RuntimeException e) {
            failing = true;
            // Keep the keys we have: a flaky JWKS endpoint must not lock every caller out.
            LOG.log(Level.WARNING, "mcp-ee: refreshing the signing keys from " + uri + " failed: " + e.getMessage());
        } finally {
            fetching.unlock();
        }
        return keys;
    }

    /**
     * How the keys stand, for readiness. Keys older than their max age are fetched again (as a request would),
     * on the refresher and not on the probe's thread: a probe must answer at once, and a slow authorization
     * server would otherwise hold it for the HTTP client's timeouts. The next probe sees how that went.
     *
     * @return the status
     */
    public KeyStatus status() {
        if (nanos.getAsLong() - loadedAt > maxAge) {
            refresher.execute(this::refreshed);
        }
        long age = nanos.getAsLong() - loadedAt;
        return new KeyStatus(!failing || age <= maxAge, Duration.ofNanos(age), keys.keys().size(), uri, failing);
    }
}
