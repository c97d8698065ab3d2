package dev.mcpee.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Token verification with real RSA and EC keys: every way a token can be wrong, and the right ones. */
class JwtVerifierTest {

    private static final String ISS = "https://auth.example/oidc";
    private static final String AUD = "https://mcp.example/vetassist/mcp";
    private static final long NOW = 1_800_000_000L;

    private static TestTokens tokens;
    private static JwkSet keys;
    private final AtomicInteger refreshes = new AtomicInteger();
    private final JwtVerifier verifier = new JwtVerifier(
            new TokenRules(ISS, Set.of(AUD, "client-123"), EnumSet.allOf(JwsAlgorithm.class), Duration.ofSeconds(60),
                    List.of("roles", "groups")),
            new KeySource() {
                @Override
                public JwkSet current() {
                    return keys;
                }

                @Override
                public JwkSet refreshed() {
                    refreshes.incrementAndGet();
                    return keys;
                }
            }, () -> NOW);

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        tokens = new TestTokens();
        keys = JwkSet.parse(tokens.jwks());
    }

    private static JsonObjectBuilder claims() {
        return Json.object().add("iss", ISS).add("sub", "alice").add("aud", AUD).add("exp", NOW + 300)
                .add("iat", NOW - 10).add("scope", "pet-profile:read pet-profile:write")
                .add("roles", Json.array().add("pet_owner")).add("email", "alice@example.com");
    }

    private String rs(JsonObject claims) throws GeneralSecurityException {
        return tokens.rs256(TestTokens.header("RS256", "rsa1").build(), claims);
    }

    private String refusal(String token) {
        return assertThrows(InvalidTokenException.class, () -> verifier.verify(token)).getMessage();
    }

    @Test
    void keysNamedByTheTokenItselfAreNeverUsed() throws Exception {
        // An attacker's own key, offered in the header (jwk) and by URL (jku, x5u): the token is judged by the
        // configured key set only, and no URL from a token is ever fetched (no SSRF through tokens).
        TestTokens attacker = new TestTokens();
        JsonObject own = attacker.jwks().getJsonArray("keys").getJsonObject(0);
        String token = attacker.rs256(TestTokens.header("RS256", "rsa1").add("jwk", own)
                .add("jku", "http://127.0.0.1:1/keys").add("x5u", "http://169.254.169.254/latest").build(),
                claims().build());
        assertEquals("The token's signature is invalid", refusal(token));
        assertEquals(0, refreshes.get(), "a known kid with a bad signature fetches nothing");
    }

    @Test
    void acceptsAsgardeoShapedRs256() throws Exception {
        TokenCaller c = verifier.verify(rs(claims().build()));
        assertEquals("alice", c.subject());
        assertEquals(ISS, c.issuer());
        assertEquals(Set.of("pet-profile:read", "pet-profile:write"), c.scopes());
        assertEquals(Set.of("pet_owner"), c.roles());
        assertEquals("alice@example.com", c.claim("email").orElseThrow());
        assertEquals(NOW + 300, c.expiresAt());
    }

    @Test
    void acceptsLogtoShapedEs384WithAudienceArrayAndScopeArray() throws Exception {
        JsonObject claims = claims().add("aud", Json.array().add("other").add(AUD))
                .add("scope", Json.array().add("a").add("b")).build();
        TokenCaller c = verifier.verify(tokens.es384(TestTokens.header("ES384", "ec1").build(), claims));
        assertEquals(Set.of("a", "b"), c.scopes());
    }

    @Test
    void acceptsScpAnAliasAudienceTypJwtAndNoKid() throws Exception {
        JsonObject claims = claims().remove("scope").add("scp", Json.array().add("x")).add("aud", "client-123").build();
        TokenCaller c = verifier.verify(tokens.rs256(Json.object().add("alg", "RS256").add("typ", "JWT").build(), claims));
        assertEquals(Set.of("x"), c.scopes());
    }

    @Test
    void clockSkewIsSixtySeconds() throws Exception {
        verifier.verify(rs(claims().add("exp", NOW - 60).build()));
        assertEquals("The token has expired", refusal(rs(claims().add("exp", NOW - 61).build())));
        verifier.verify(rs(claims().add("nbf", NOW + 60).build()));
        assertEquals("The token is not valid yet (nbf)", refusal(rs(claims().add("nbf", NOW + 61).build())));
        assertEquals("The token was issued in the future (iat)", refusal(rs(claims().add("iat", NOW + 120).build())));
    }

    @Test
    void refusesEveryWrongToken() throws Exception {
        assertEquals("The token was issued by another authorization server",
                refusal(rs(claims().add("iss", "https://evil.example").build())));
        assertEquals("The token is not meant for this resource (aud)",
                refusal(rs(claims().add("aud", "https://other.example/mcp").build())));
        assertEquals("The token is not meant for this resource (aud)",
                refusal(rs(claims().add("aud", Json.array().add("a").add("b")).build())));
        assertEquals("The token is not meant for this resource (aud)", refusal(rs(claims().remove("aud").build())));
        assertEquals("The token has no expiry (exp)", refusal(rs(claims().remove("exp").build())));
        assertEquals("The token has no subject (sub)", refusal(rs(claims().remove("sub").build())));
        assertEquals("The token's exp claim is not a number", refusal(rs(claims().add("exp", "soon").build())));
    }

    @Test
    void refusesForgedAndMalformedTokens() throws Exception {
        String good = rs(claims().build());
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + TestTokens.encode(claims().add("sub", "mallory").build()) + "." + parts[2];
        assertEquals("The token's signature is invalid", refusal(tampered));
        String none = TestTokens.encode(Json.object().add("alg", "none").build()) + "." + parts[1] + ".";
        assertEquals("The token's signature algorithm is not accepted", refusal(none));
        assertEquals("The token's signature algorithm is not accepted", refusal(hs256(parts[1])));
        assertEquals("The token was signed with a key this server does not know",
                refusal(tokens.rs256(TestTokens.header("RS256", "rotated").build(), claims().build())));
        assertEquals(1, refreshes.get(), "an unknown kid triggers one refresh");
        java.security.KeyPairGenerator otherEc = java.security.KeyPairGenerator.getInstance("EC");
        otherEc.initialize(new java.security.spec.ECGenParameterSpec("secp384r1"));
        assertEquals("The token's signature is invalid", refusal(TestTokens.sign(TestTokens.header("ES384", "ec1")
                .build(), claims().build(), "SHA384withECDSAinP1363Format", otherEc.generateKeyPair().getPrivate())));
        assertEquals("The token is not an access token (typ)",
                refusal(tokens.rs256(Json.object().add("alg", "RS256").add("kid", "rsa1").add("typ", "id_token+jwt")
                        .build(), claims().build())));
        assertEquals("The token's header is not base64url-encoded JSON", refusal("!!!." + parts[1] + "." + parts[2]));
    }

    @Test
    void idTokensAreNotAccessTokens() throws Exception {
        String idToken = tokens.rs256(Json.object().add("alg", "RS256").add("kid", "rsa1").add("typ", "JWT").build(),
                claims().add("aud", "client-123").add("nonce", "n-0S6_WzA2Mj").add("at_hash", "77QmUPtjPfzWtF2AnpK9RQ")
                        .build());
        assertEquals("The token is an ID token, not an access token", refusal(idToken));
    }

    @Test
    void onlyTheCanonicalSignatureSpellingIsAccepted() throws Exception {
        String good = rs(claims().build());
        verifier.verify(good);
        assertEquals("The token's signature is not base64url", refusal(good + "=="));
        char last = good.charAt(good.length() - 1);
        String lowBitsFlipped = good.substring(0, good.length() - 1) + (char) (last ^ 1);
        String reason = refusal(lowBitsFlipped);
        assertEquals(true, reason.equals("The token's signature is not base64url")
                || reason.equals("The token's signature is invalid"), reason);
    }

    @Test
    void aRolesStringIsOneRole() throws Exception {
        assertEquals(Set.of("Vet Staff"), verifier.verify(rs(claims().add("roles", "Vet Staff").build())).roles());
        // Every configured roles claim counts (this verifier reads roles, then groups).
        assertEquals(Set.of("Vet Staff", "admins"), verifier.verify(rs(claims().add("roles", "Vet Staff")
                .add("groups", Json.array().add("admins")).build())).roles());
    }

    @Test
    void opaqueTokensAreToldToAskForAJwt() {
        assertEquals("The access token is not a JWT. Request a JWT access token for this resource (send the resource"
                + " parameter, RFC 8707, with the MCP server URL)", refusal("opaque-token-0123456789"));
    }

    private static String hs256(String payload) throws GeneralSecurityException {
        String input = TestTokens.encode(Json.object().add("alg", "HS256").add("kid", "secret").build()) + "." + payload;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return input + "." + TestTokens.B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }
}
