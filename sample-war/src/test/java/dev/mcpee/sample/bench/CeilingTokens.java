package dev.mcpee.sample.bench;

import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * The ceiling's token check, the same rules as mcp-ee's with the JDK alone: a JWS signed RS256 or ES256 by a
 * key of the issuer's key set (read once, at start), {@code iss}, {@code aud}, {@code exp} and {@code nbf} with
 * 60 s leeway; verified tokens kept until they expire, at most 10,000, as mcp-ee keeps them.
 */
public final class CeilingTokens {

    /** A verified caller: who, what they may do, until when. */
    public record Claims(String owner, String subject, List<String> scopes, List<String> roles, long expiresAt) {
    }

    /** Looked up once: a lookup per call is a service-loader scan. */
    static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonReaderFactory READERS = JSON.createReaderFactory(Map.of());
    private static final Base64.Decoder B64 = Base64.getUrlDecoder();
    private static final int CACHE_MAX = 10_000;
    private static final long SKEW = 60;

    private final String issuer;
    private final java.util.Set<String> audiences;
    private final Map<String, PublicKey> keys = new HashMap<>();
    private final ConcurrentHashMap<String, Claims> verified = new ConcurrentHashMap<>();

    CeilingTokens(String issuer, java.util.Set<String> audiences) {
        this.issuer = issuer;
        this.audiences = audiences;
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            JsonObject discovery = get(http, issuer + "/.well-known/openid-configuration");
            for (JsonObject jwk : get(http, discovery.getString("jwks_uri")).getJsonArray("keys")
                    .getValuesAs(JsonObject.class)) {
                keys.put(jwk.getString("kid"), key(jwk));
            }
        } catch (Exception e) {
            throw new IllegalStateException("the ceiling cannot read the keys of " + issuer, e);
        }
    }

    private static JsonObject get(HttpClient http, String url) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return READERS.createReader(new StringReader(body)).readObject();
    }

    private static PublicKey key(JsonObject jwk) throws GeneralSecurityException {
        if ("RSA".equals(jwk.getString("kty"))) {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(number(jwk, "n"), number(jwk, "e")));
        }
        AlgorithmParameters p256 = AlgorithmParameters.getInstance("EC");
        p256.init(new ECGenParameterSpec("secp256r1"));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(
                new ECPoint(number(jwk, "x"), number(jwk, "y")), p256.getParameterSpec(ECParameterSpec.class)));
    }

    private static BigInteger number(JsonObject jwk, String name) {
        return new BigInteger(1, B64.decode(jwk.getString(name)));
    }

    /**
     * The caller of an {@code Authorization} header.
     *
     * @param authorization the header, or null
     * @return the claims, or null when there is no valid bearer token
     */
    Claims verify(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String token = authorization.substring(7);
        long now = System.currentTimeMillis() / 1000;
        Claims cached = verified.get(token);
        if (cached != null && now <= cached.expiresAt() + SKEW) {
            return cached;
        }
        Claims claims = check(token, now);
        if (claims != null) {
            if (verified.size() >= CACHE_MAX) {
                verified.clear();
            }
            verified.put(token, claims);
        }
        return claims;
    }

    private Claims check(String token, long now) {
        int dot1 = token.indexOf('.');
        int dot2 = token.indexOf('.', dot1 + 1);
        if (dot1 < 0 || dot2 < 0 || token.indexOf('.', dot2 + 1) >= 0) {
            return null;
        }
        try {
            JsonObject header = json(token.substring(0, dot1));
            PublicKey key = keys.get(header.getString("kid", ""));
            String alg = header.getString("alg", "");
            Signature signature;
            if ("RS256".equals(alg) && key != null && "RSA".equals(key.getAlgorithm())) {
                signature = Signature.getInstance("SHA256withRSA");
            } else if ("ES256".equals(alg) && key != null && "EC".equals(key.getAlgorithm())) {
                signature = Signature.getInstance("SHA256withECDSAinP1363Format");
            } else {
                return null;
            }
            signature.initVerify(key);
            signature.update(token.substring(0, dot2).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(B64.decode(token.substring(dot2 + 1)))) {
                return null;
            }
            JsonObject payload = json(token.substring(dot1 + 1, dot2));
            long exp = payload.getJsonNumber("exp").longValue();
            boolean audienceOk = payload.get("aud") instanceof JsonArray a
                    ? a.getValuesAs(JsonString.class).stream().anyMatch(v -> audiences.contains(v.getString()))
                    : audiences.contains(payload.getString("aud", ""));
            if (!issuer.equals(payload.getString("iss", null)) || !audienceOk || now > exp + SKEW
                    || (payload.containsKey("nbf") && payload.getJsonNumber("nbf").longValue() > now + SKEW)) {
                return null;
            }
            String subject = payload.getString("sub");
            return new Claims(issuer + "\n" + subject, subject, List.of(payload.getString("scope", "").split(" ")),
                    payload.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                            .toList(), exp);
        } catch (RuntimeException | GeneralSecurityException e) {
            return null;
        }
    }

    private static JsonObject json(String base64) {
        JsonValue value = READERS.createReader(new StringReader(new String(B64.decode(base64),
                StandardCharsets.UTF_8))).readValue();
        return value.asJsonObject();
    }
}
