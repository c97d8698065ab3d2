package dev.mcpee.internal.security;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The public signing keys of an authorization server, parsed from a JWKS document (RFC 7517). RSA keys and
 * EC keys on P-256, P-384 and P-521 are read; other keys (and keys marked for encryption) are skipped.
 */
public final class JwkSet {

    private static final Logger LOG = Logger.getLogger(JwkSet.class.getName());

    /**
     * One usable key.
     *
     * @param kid the key id, or null
     * @param kty {@code RSA} or {@code EC}
     * @param crv the EC curve ({@code P-256}, ...), or null
     * @param alg the algorithm the key is restricted to, or null
     * @param key the Java key
     */
    public record Key(String kid, String kty, String crv, String alg, PublicKey key) {
    }

    private final List<Key> keys;

    private JwkSet(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * Parses a JWKS document.
     *
     * @param jwks the document ({@code {"keys":[...]}})
     * @return the usable keys
     * @throws IllegalArgumentException when the document has no {@code keys} array
     */
    public static JwkSet parse(JsonObject jwks) {
        JsonValue array = jwks.get("keys");
        if (array == null || array.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException("the JWKS document has no \"keys\" array");
        }
        List<Key> keys = new ArrayList<>();
        for (JsonValue v : array.asJsonArray()) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                continue;
            }
            JsonObject jwk = v.asJsonObject();
            if ("enc".equals(jwk.getString("use", null))) {
                continue;
            }
            try {
                Key key = key(jwk);
                if (key != null) {
                    keys.add(key);
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                LOG.warning(() -> "mcp-ee: skipping unreadable JWK " + jwk.getString("kid", null) + ": "
                        + e.getMessage());
            }
        }
        return new JwkSet(keys);
    }

    /**
     * Every usable key.
     *
     * @return the keys
     */
    public List<Key> keys() {
        return keys;
    }

    /**
     * The keys that may have signed a token with this header.
     *
     * @param kid the token's {@code kid}, or null
     * @param alg the token's algorithm
     * @return the candidates (empty when none fits)
     */
    public List<Key> candidates(String kid, JwsAlgorithm alg) {
        List<Key> out = new ArrayList<>(1);
        for (Key k : keys) {
            if (kid != null && !kid.equals(k.kid())) {
                continue;
            }
            if (!alg.kty().equals(k.kty()) || (alg.crv() != null && !alg.crv().equals(k.crv()))) {
                continue;
            }
            if (k.alg() != null && !k.alg().equals(alg.name())) {
                continue;
            }
            out.add(k);
        }
        return out;
    }

    private static Key key(JsonObject jwk) throws GeneralSecurityException {
        String kty = jwk.getString("kty", null);
        String kid = jwk.getString("kid", null);
        String alg = jwk.getString("alg", null);
        if ("RSA".equals(kty)) {
            RSAPublicKeySpec spec = new RSAPublicKeySpec(unsigned(jwk, "n"), unsigned(jwk, "e"));
            return new Key(kid, kty, null, alg, KeyFactory.getInstance("RSA").generatePublic(spec));
        }
        if ("EC".equals(kty)) {
            String crv = jwk.getString("crv", null);
            String stdName = switch (crv == null ? "" : crv) {
                case "P-256" -> "secp256r1";
                case "P-384" -> "secp384r1";
                case "P-521" -> "secp521r1";
                default -> null;
            };
            if (stdName == null) {
                return null;
            }
            AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
            params.init(new ECGenParameterSpec(stdName));
            ECParameterSpec ecSpec = params.getParameterSpec(ECParameterSpec.class);
            ECPoint point = new ECPoint(unsigned(jwk, "x"), unsigned(jwk, "y"));
            return new Key(kid, kty, crv, alg,
                    KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, ecSpec)));
        }
        return null;
    }

    private static BigInteger unsigned(JsonObject jwk, String member) {
        String value = jwk.getString(member, null);
        if (value == null) {
            throw new IllegalArgumentException("missing \"" + member + "\"");
        }
        return new BigInteger(1, Base64.getUrlDecoder().decode(value));
    }

}
