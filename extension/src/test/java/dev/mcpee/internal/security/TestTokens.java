package dev.mcpee.internal.security;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Signs test tokens with real keys and publishes those keys as a JWKS, with the JDK's crypto only. */
public final class TestTokens {

    static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    final KeyPair rsa;
    final KeyPair ec384;
    final KeyPair ec256;

    public TestTokens() throws GeneralSecurityException {
        KeyPairGenerator r = KeyPairGenerator.getInstance("RSA");
        r.initialize(2048);
        rsa = r.generateKeyPair();
        KeyPairGenerator e = KeyPairGenerator.getInstance("EC");
        e.initialize(new ECGenParameterSpec("secp384r1"));
        ec384 = e.generateKeyPair();
        KeyPairGenerator e256 = KeyPairGenerator.getInstance("EC");
        e256.initialize(new ECGenParameterSpec("secp256r1"));
        ec256 = e256.generateKeyPair();
    }

    public JsonObject jwks() {
        RSAPublicKey rp = (RSAPublicKey) rsa.getPublic();
        ECPublicKey ep = (ECPublicKey) ec384.getPublic();
        ECPublicKey ep256 = (ECPublicKey) ec256.getPublic();
        return Json.object().add("keys", Json.array()
                .add(Json.object().add("kty", "RSA").add("kid", "rsa1").add("use", "sig")
                        .add("n", b64(rp.getModulus(), 0)).add("e", b64(rp.getPublicExponent(), 0)))
                .add(Json.object().add("kty", "EC").add("kid", "ec1").add("crv", "P-384")
                        .add("x", b64(ep.getW().getAffineX(), 48)).add("y", b64(ep.getW().getAffineY(), 48)))
                .add(Json.object().add("kty", "EC").add("kid", "ec256").add("crv", "P-256")
                        .add("x", b64(ep256.getW().getAffineX(), 32)).add("y", b64(ep256.getW().getAffineY(), 32)))
                .add(Json.object().add("kty", "oct").add("kid", "secret").add("k", "c2VjcmV0")))
                .build();
    }

    static String b64(BigInteger n, int length) {
        byte[] bytes = n.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        if (length > bytes.length) {
            byte[] padded = new byte[length];
            System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
            bytes = padded;
        }
        return B64.encodeToString(bytes);
    }

    static String encode(JsonObject o) {
        return B64.encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    public String rs256(JsonObject header, JsonObject claims) throws GeneralSecurityException {
        return sign(header, claims, "SHA256withRSA", rsa.getPrivate());
    }

    String es384(JsonObject header, JsonObject claims) throws GeneralSecurityException {
        return sign(header, claims, "SHA384withECDSAinP1363Format", ec384.getPrivate());
    }

    public String es256(JsonObject header, JsonObject claims) throws GeneralSecurityException {
        return sign(header, claims, "SHA256withECDSAinP1363Format", ec256.getPrivate());
    }

    static String sign(JsonObject header, JsonObject claims, String alg, PrivateKey key)
            throws GeneralSecurityException {
        String input = encode(header) + "." + encode(claims);
        Signature s = Signature.getInstance(alg);
        s.initSign(key);
        s.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(s.sign());
    }

    /**
     * Signs any two segments with the RSA key (RS256), JSON or not: what a fuzzer hands the verifier past the
     * signature check.
     *
     * @param header  the header segment's bytes, before Base64url
     * @param payload the payload segment's bytes, before Base64url
     * @return the compact token
     * @throws GeneralSecurityException never with the JDK's providers
     */
    public String rs256Raw(byte[] header, byte[] payload) throws GeneralSecurityException {
        String input = B64.encodeToString(header) + "." + B64.encodeToString(payload);
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(rsa.getPrivate());
        s.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(s.sign());
    }

    /**
     * This instance's keys as a key source that never changes (a refresh returns the same set).
     *
     * @return the key source
     */
    public KeySource fixedKeys() {
        JwkSet keys = JwkSet.parse(jwks());
        return new KeySource() {
            @Override
            public JwkSet current() {
                return keys;
            }

            @Override
            public JwkSet refreshed() {
                return keys;
            }
        };
    }

    public static JsonObjectBuilder header(String alg, String kid) {
        JsonObjectBuilder b = Json.object().add("alg", alg).add("typ", "at+jwt");
        return kid == null ? b : b.add("kid", kid);
    }
}
