package dev.mcpee.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The authorization server's keys over real HTTP on 127.0.0.1, with the verifier's clock under the test's
 * control: a rotation is picked up with one fetch, a flood of unknown key ids fetches at most once per
 * {@link RemoteJwks#MIN_REFRESH}, the authorization server going away leaves the cached keys serving, and a key
 * server that is down at deployment fails it.
 */
class KeyRotationTest {

    private static final String ISS = "https://auth.test/oidc";
    private static final String AUD = "https://mcp.test/mcp";
    private static final long NOW = 1_800_000_000L;

    private final AtomicReference<JsonObject> published = new AtomicReference<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private HttpServer server;
    private TestTokens first;
    private TestTokens second;

    @BeforeEach
    void start() throws IOException, GeneralSecurityException {
        first = new TestTokens();
        second = new TestTokens();
        published.set(keys(first, "k1"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = Json.bytes(published.get());
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** A key set of one RSA key of a TestTokens under a chosen key id (TestTokens names its own rsa1). */
    private static JsonObject keys(TestTokens tokens, String kid) {
        return Json.object().add("keys", Json.array().add(rsa(tokens, kid))).build();
    }

    private static JsonObject rsa(TestTokens tokens, String kid) {
        JsonObject key = tokens.jwks().getJsonArray("keys").getJsonObject(0);
        return Json.copy(key).add("kid", kid).build();
    }

    private String token(TestTokens tokens, String kid) throws GeneralSecurityException {
        return tokens.rs256(TestTokens.header("RS256", kid).build(), Json.object().add("iss", ISS).add("sub", "alice")
                .add("aud", AUD).add("exp", NOW + 300).build());
    }

    private JwtVerifier verifier() throws IOException {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
        return new JwtVerifier(new TokenRules(ISS, Set.of(AUD), EnumSet.allOf(JwsAlgorithm.class),
                Duration.ofSeconds(60), List.of("groups")), new RemoteJwks(uri, new HttpJson(), nanos::get), () -> NOW);
    }

    @Test
    void aRotatedKeyIsFetchedOnceAndOldTokensKeepWorkingWhileTheirKeyIsPublished() throws Exception {
        JwtVerifier verifier = verifier();
        String old = token(first, "k1");
        assertEquals("alice", verifier.verify(old).subject());
        assertEquals(1, fetches.get(), "fetched at deployment");
        // The authorization server rotates: both keys published for the overlap, new tokens signed with k2.
        JsonArrayBuilder both = Json.array().add(rsa(first, "k1")).add(rsa(second, "k2"));
        published.set(Json.object().add("keys", both).build());
        nanos.addAndGet(RemoteJwks.MIN_REFRESH.toNanos() + 1);
        String rotated = token(second, "k2");
        assertEquals("alice", verifier.verify(rotated).subject());
        assertEquals(2, fetches.get(), "the new kid was fetched once");
        for (int i = 0; i < 10; i++) {
            verifier.verify(rotated);
            verifier.verify(old);
        }
        assertEquals(2, fetches.get(), "known keys need no fetch");
    }

    @Test
    void aFloodOfUnknownKeyIdsFetchesAtMostOncePerInterval() throws Exception {
        JwtVerifier verifier = verifier();
        for (int i = 0; i < 200; i++) {
            String forged = token(second, "forged-" + i);
            assertThrows(InvalidTokenException.class, () -> verifier.verify(forged));
        }
        assertTrue(fetches.get() <= 2, "fetches: " + fetches.get());
        nanos.addAndGet(RemoteJwks.MIN_REFRESH.toNanos() + 1);
        for (int i = 0; i < 200; i++) {
            String forged = token(second, "again-" + i);
            assertThrows(InvalidTokenException.class, () -> verifier.verify(forged));
        }
        assertTrue(fetches.get() <= 3, "one more fetch in the next interval: " + fetches.get());
    }

    @Test
    void theAuthorizationServerGoingAwayLeavesTheCachedKeysServing() throws Exception {
        JwtVerifier verifier = verifier();
        String valid = token(first, "k1");
        server.stop(0);
        nanos.addAndGet(RemoteJwks.MAX_AGE.toNanos() + 1);
        // Older than MAX_AGE: a refresh is tried, fails, and the keys at hand keep verifying.
        assertEquals("alice", verifier.verify(valid).subject());
        String unknown = token(second, "k9");
        assertThrows(InvalidTokenException.class, () -> verifier.verify(unknown));
        assertEquals("alice", verifier.verify(valid).subject());
    }

    @Test
    void keysOlderThanTheirMaxAgeThatCannotBeFetchedAreNotFreshUntilAFetchSucceeds() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
        // The refetch a probe starts runs on this thread here (in a server: on another, so the probe never waits).
        RemoteJwks keys = new RemoteJwks(uri, new HttpJson(), nanos::get, Duration.ofSeconds(10), Runnable::run);
        assertTrue(keys.status().fresh());
        assertEquals(1, fetches.get(), "a probe of young keys fetches nothing");
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        KeyStatus refetched = keys.status();
        assertTrue(refetched.fresh(), "older than the max age, fetched again: " + refetched);
        assertEquals(2, fetches.get());
        keys.status();
        keys.status();
        assertEquals(2, fetches.get(), "probes of keys just fetched fetch nothing");
        published.set(Json.object().add("keys", Json.array()).build());
        server.stop(0);
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        KeyStatus stale = keys.status();
        assertFalse(stale.fresh(), "the authorization server is gone and the keys are old: " + stale);
        assertTrue(stale.lastFailed());
        assertEquals(1, stale.keys(), "the keys at hand are kept");
        assertTrue(stale.age().toSeconds() >= 11, stale::toString);
    }

    @Test
    void keysUnreachableAtDeploymentFailIt() {
        server.stop(0);
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
        // Authenticator turns this into the deployment failure MCPEE111 naming the key location.
        assertThrows(IOException.class, () -> new RemoteJwks(uri, new HttpJson(), nanos::get));
    }
}
