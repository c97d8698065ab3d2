package dev.mcpee.internal.security;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The authorization server's keys, fetched from its JWKS URL: once at deployment (a failure fails the
 * deployment), again when a token names an unknown key (at most once per {@link #MIN_REFRESH}, so forged
 * key ids cannot turn the server into a JWKS flooder), and when the copy is older than {@link #MAX_AGE}.
 */
public final class RemoteJwks implements KeySource {

    /** Shortest interval between two fetches. */
    static final Duration MIN_REFRESH = Duration.ofSeconds(30);
    /** Age after which the keys are fetched again on use. */
    static final Duration MAX_AGE = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(RemoteJwks.class.getName());

    private final URI uri;
    private final HttpJson http;
    private final LongSupplier nanos;
    private volatile JwkSet keys;
    private volatile long fetchedAt;

    RemoteJwks(URI uri, HttpJson http, LongSupplier nanos) throws IOException {
        this.uri = uri;
        this.http = http;
        this.nanos = nanos;
        this.keys = JwkSet.parse(http.get(uri));
        this.fetchedAt = nanos.getAsLong();
        if (keys.keys().isEmpty()) {
            throw new IOException("the key set at " + uri + " holds no RSA or EC signing key");
        }
    }

    /**
     * The JWKS URL.
     *
     * @return the URL
     */
    public URI uri() {
        return uri;
    }

    @Override
    public JwkSet current() {
        if (nanos.getAsLong() - fetchedAt > MAX_AGE.toNanos()) {
            return refreshed();
        }
        return keys;
    }

    @Override
    public synchronized JwkSet refreshed() {
        long now = nanos.getAsLong();
        if (now - fetchedAt < MIN_REFRESH.toNanos()) {
            return keys;
        }
        fetchedAt = now;
        try {
            keys = JwkSet.parse(http.get(uri));
        } catch (IOException | RuntimeException e) {
            // Keep the keys we have: a flaky JWKS endpoint must not lock every caller out.
            LOG.log(Level.WARNING, "mcp-ee: refreshing the signing keys from " + uri + " failed: " + e.getMessage());
        }
        return keys;
    }
}
