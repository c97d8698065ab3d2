package dev.mcpee.internal.security;

/**
 * The JWS signature algorithms accepted for access tokens: asymmetric only. {@code none} and the HMAC
 * family are never accepted: a resource server holds no shared secret, and accepting HMAC with a public key
 * as the secret is a classic forgery.
 */
public enum JwsAlgorithm {
    /** RSASSA-PKCS1-v1_5 with SHA-256 (Asgardeo, most providers). */
    RS256("RSA", null, "SHA256withRSA"),
    /** RSASSA-PKCS1-v1_5 with SHA-384. */
    RS384("RSA", null, "SHA384withRSA"),
    /** RSASSA-PKCS1-v1_5 with SHA-512. */
    RS512("RSA", null, "SHA512withRSA"),
    /** ECDSA on P-256 with SHA-256. */
    ES256("EC", "P-256", "SHA256withECDSAinP1363Format"),
    /** ECDSA on P-384 with SHA-384 (Logto). */
    ES384("EC", "P-384", "SHA384withECDSAinP1363Format"),
    /** ECDSA on P-521 with SHA-512. */
    ES512("EC", "P-521", "SHA512withECDSAinP1363Format");

    private final String kty;
    private final String crv;
    private final String javaName;

    JwsAlgorithm(String kty, String crv, String javaName) {
        this.kty = kty;
        this.crv = crv;
        this.javaName = javaName;
    }

    /**
     * The JWK key type the algorithm needs.
     *
     * @return {@code RSA} or {@code EC}
     */
    public String kty() {
        return kty;
    }

    /**
     * The EC curve the algorithm needs.
     *
     * @return the curve, or null for RSA
     */
    public String crv() {
        return crv;
    }

    /**
     * The JCA signature algorithm (JWS ECDSA signatures are raw R||S, hence the P1363 format).
     *
     * @return the name for {@link java.security.Signature#getInstance(String)}
     */
    public String javaName() {
        return javaName;
    }

    /**
     * The algorithm with this JWS name.
     *
     * @param name the {@code alg} header value
     * @return the algorithm, or null when not accepted
     */
    public static JwsAlgorithm of(String name) {
        if (name == null) {
            return null;
        }
        for (JwsAlgorithm a : values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
