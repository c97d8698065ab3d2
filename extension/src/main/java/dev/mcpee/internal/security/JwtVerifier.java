package dev.mcpee.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Verifies a JWT access token (RFC 9068 / RFC 7519) with the authorization server's public keys: the
 * signature with an accepted asymmetric algorithm, then {@code iss}, {@code aud}, {@code exp}, {@code nbf},
 * {@code iat} and {@code sub}. Token contents never appear in an error message.
 */
public final class JwtVerifier {

    private static final Base64.Decoder B64URL = Base64.getUrlDecoder();
    private static final Base64.Encoder B64URL_ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final TokenRules rules;
    private final KeySource keys;
    private final LongSupplier epochSeconds;

    /**
     * Creates the verifier.
     *
     * @param rules        what is acceptable
     * @param keys         the signing keys
     * @param epochSeconds the clock
     */
    public JwtVerifier(TokenRules rules, KeySource keys, LongSupplier epochSeconds) {
        this.rules = rules;
        this.keys = keys;
        this.epochSeconds = epochSeconds;
    }

    /**
     * Verifies a token.
     *
     * @param token the bearer token
     * @return the caller it identifies
     * @throws InvalidTokenException with a client-safe reason
     */
    public TokenCaller verify(String token) throws InvalidTokenException {
        int dot1 = token.indexOf('.');
        int dot2 = dot1 < 0 ? -1 : token.indexOf('.', dot1 + 1);
        if (dot1 <= 0 || dot2 < 0 || token.indexOf('.', dot2 + 1) >= 0) {
            throw new InvalidTokenException("The access token is not a JWT. Request a JWT access token for this"
                    + " resource (send the resource parameter, RFC 8707, with the MCP server URL)");
        }
        JsonObject header = part(token, 0, dot1, "header");
        JsonObject claims = part(token, dot1 + 1, dot2, "payload");
        checkType(header, claims);
        JwsAlgorithm alg = JwsAlgorithm.of(header.getString("alg", null));
        if (alg == null || !rules.algorithms().contains(alg)) {
            throw new InvalidTokenException("The token's signature algorithm is not accepted");
        }
        // The issuer is compared before the signature: a token of another authorization server then gets the
        // helpful reason, and cannot make this server refetch its own keys for a key id it will never know.
        if (!rules.issuer().equals(claims.getString("iss", null))) {
            throw new InvalidTokenException("The token was issued by another authorization server");
        }
        verifySignature(token, dot2, header, alg);
        return checkClaims(claims);
    }

    private void verifySignature(String token, int dot2, JsonObject header, JwsAlgorithm alg)
            throws InvalidTokenException {
        byte[] signed = token.substring(0, dot2).getBytes(StandardCharsets.US_ASCII);
        byte[] signature;
        String encoded = token.substring(dot2 + 1);
        try {
            signature = B64URL.decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("The token's signature is not base64url");
        }
        // The decoder tolerates padding and ignores the last character's unused bits: only the canonical form
        // is accepted, so one token has one spelling (and one entry in the verification cache).
        if (!B64URL_ENCODER.encodeToString(signature).equals(encoded)) {
            throw new InvalidTokenException("The token's signature is not base64url");
        }
        String kid = header.getString("kid", null);
        List<JwkSet.Key> candidates = keys.current().candidates(kid, alg);
        if (candidates.isEmpty()) {
            candidates = keys.refreshed().candidates(kid, alg);
        }
        if (candidates.isEmpty()) {
            throw new InvalidTokenException("The token was signed with a key this server does not know");
        }
        for (JwkSet.Key key : candidates) {
            if (verifies(alg, key, signed, signature)) {
                return;
            }
        }
        throw new InvalidTokenException("The token's signature is invalid");
    }

    private static boolean verifies(JwsAlgorithm alg, JwkSet.Key key, byte[] signed, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(alg.javaName());
            verifier.initVerify(key.key());
            verifier.update(signed);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private TokenCaller checkClaims(JsonObject claims) throws InvalidTokenException {
        if (!audienceMatches(claims.get("aud"))) {
            throw new InvalidTokenException("The token is not meant for this resource (aud)");
        }
        long now = epochSeconds.getAsLong();
        long skew = rules.clockSkew().toSeconds();
        Long exp = number(claims, "exp");
        if (exp == null) {
            throw new InvalidTokenException("The token has no expiry (exp)");
        }
        if (now > exp + skew) {
            throw new InvalidTokenException("The token has expired");
        }
        Long nbf = number(claims, "nbf");
        if (nbf != null && now + skew < nbf) {
            throw new InvalidTokenException("The token is not valid yet (nbf)");
        }
        Long iat = number(claims, "iat");
        if (iat != null && now + skew < iat) {
            throw new InvalidTokenException("The token was issued in the future (iat)");
        }
        String sub = claims.getString("sub", null);
        if (sub == null || sub.isEmpty()) {
            throw new InvalidTokenException("The token has no subject (sub)");
        }
        return new TokenCaller(true, rules.issuer(), sub, strings(claims, "scope", "scp", true),
                roles(claims), claims, exp);
    }

    private boolean audienceMatches(JsonValue aud) {
        if (aud instanceof JsonString s) {
            return rules.audiences().contains(s.getString());
        }
        if (aud != null && aud.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue v : aud.asJsonArray()) {
                if (v instanceof JsonString s && rules.audiences().contains(s.getString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void checkType(JsonObject header, JsonObject claims) throws InvalidTokenException {
        String typ = header.getString("typ", null);
        // RFC 9068 says at+jwt; many providers still send JWT or nothing. Anything else (an ID token's or a
        // logout token's type) is not an access token.
        if (typ != null && !typ.equalsIgnoreCase("at+jwt") && !typ.equalsIgnoreCase("application/at+jwt")
                && !typ.equalsIgnoreCase("JWT")) {
            throw new InvalidTokenException("The token is not an access token (typ)");
        }
        // Without at+jwt, an ID token (same issuer, the client id as audience) could pass for an access token;
        // these claims exist only in ID tokens (OpenID Connect Core 1.0 sections 2 and 3.3.2.11).
        if (!"at+jwt".equalsIgnoreCase(typ) && !"application/at+jwt".equalsIgnoreCase(typ)
                && (claims.containsKey("nonce") || claims.containsKey("at_hash") || claims.containsKey("c_hash"))) {
            throw new InvalidTokenException("The token is an ID token, not an access token");
        }
        if (header.containsKey("crit")) {
            throw new InvalidTokenException("The token uses critical header extensions this server does not know");
        }
    }

    /** Every role of every configured roles claim (Asgardeo says roles, Keycloak and MP JWT groups). */
    private Set<String> roles(JsonObject claims) {
        if (rules.rolesClaims().size() == 1) {
            return strings(claims, rules.rolesClaims().get(0), null, false);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String claim : rules.rolesClaims()) {
            out.addAll(strings(claims, claim, null, false));
        }
        return out;
    }

    /** Scopes from a space-delimited string, roles from a string (one role), either from an array of strings. */
    private static Set<String> strings(JsonObject claims, String name, String fallback, boolean spaceDelimited) {
        JsonValue v = claims.get(name);
        if (v == null && fallback != null) {
            v = claims.get(fallback);
        }
        Set<String> out = new LinkedHashSet<>();
        if (v instanceof JsonString s) {
            for (String item : spaceDelimited ? s.getString().split(" ") : new String[] {s.getString()}) {
                if (!item.isEmpty()) {
                    out.add(item);
                }
            }
        } else if (v != null && v.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : v.asJsonArray()) {
                if (item instanceof JsonString s) {
                    out.add(s.getString());
                }
            }
        }
        return out;
    }

    private static JsonObject part(String token, int from, int to, String what) throws InvalidTokenException {
        try {
            JsonValue v = Json.parse(new String(B64URL.decode(token.substring(from, to)), StandardCharsets.UTF_8));
            if (v.getValueType() == JsonValue.ValueType.OBJECT) {
                return v.asJsonObject();
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new InvalidTokenException("The token's " + what + " is not base64url-encoded JSON");
    }


    private static Long number(JsonObject o, String name) throws InvalidTokenException {
        JsonValue v = o.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue().longValue();
        }
        throw new InvalidTokenException("The token's " + name + " claim is not a number");
    }
}
