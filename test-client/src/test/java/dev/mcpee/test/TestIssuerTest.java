package dev.mcpee.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test issuer is a real authorization server: discovery, keys, and tokens with the claims asked for. */
class TestIssuerTest {

    private static TestIssuer issuer;

    @BeforeAll
    static void start() {
        issuer = TestIssuer.start();
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    private static JsonObject claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, "a signed JWT: " + jwt);
        return JsonValues.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .asJsonObject();
    }

    private static JsonObject get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return JsonValues.parse(r.body()).asJsonObject();
    }

    @Test
    void aTokenCarriesWhatWasAskedFor() {
        JsonObject claims = claims(issuer.token().subject("alice").scopes("pet-profile:read")
                .scopes("pet-profile:write").roles("pet_owner").audience("http://localhost:9080/app/mcp")
                .clientId("my-client").claim("tenant", "t1").issue());
        assertEquals(issuer.issuer(), claims.getString("iss"));
        assertEquals("alice", claims.getString("sub"));
        assertEquals("pet-profile:read pet-profile:write", claims.getString("scope"));
        assertEquals("[\"pet_owner\"]", claims.getJsonArray("groups").toString());
        assertEquals("my-client", claims.getString("azp"));
        assertEquals("t1", claims.getString("tenant"));
        String aud = claims.get("aud").toString();
        assertTrue(aud.equals("\"http://localhost:9080/app/mcp\"") || aud.equals("[\"http://localhost:9080/app/mcp\"]"),
                aud);
        long exp = claims.getJsonNumber("exp").longValue();
        long now = Instant.now().getEpochSecond();
        assertTrue(exp > now + 240 && exp <= now + 310, "five minutes: exp " + exp + ", now " + now);
    }

    @Test
    void rolesInAnotherClaimAndAnExpiredToken() {
        JsonObject claims = claims(issuer.token().roles("vet_staff").rolesClaim("roles").audience("a")
                .expiresIn(Duration.ofMinutes(-1)).issue());
        assertEquals("[\"vet_staff\"]", claims.getJsonArray("roles").toString());
        assertTrue(!claims.containsKey("groups") && !claims.containsKey("scope"), claims.toString());
        assertTrue(claims.getJsonNumber("exp").longValue() < Instant.now().getEpochSecond(), "already expired");
    }

    @Test
    void aTokenWithoutAudienceIsRefusedSayingWhatToGive() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> issuer.token().issue());
        assertTrue(e.getMessage().contains("mcp.auth.resource"), e.getMessage());
    }

    @Test
    void theIssuerPublishesDiscoveryAndKeys() throws IOException, InterruptedException {
        JsonObject discovery = get(issuer.issuer() + "/.well-known/openid-configuration");
        assertEquals(issuer.issuer(), discovery.getString("issuer"));
        assertTrue(!get(discovery.getString("jwks_uri")).getJsonArray("keys").isEmpty());
    }

    @Test
    void aTakenPortIsReportedAsSuch() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> TestIssuer.start(taken.getLocalPort()).close());
            assertTrue(e.getMessage().contains("127.0.0.1:" + taken.getLocalPort()), e.getMessage());
        }
    }
}
