package dev.mcpee.internal.config;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Feeds what the extension learned about the authorization server to the container's MicroProfile JWT, so
 * that the application's own MP JWT resources ({@code @LoginConfig(authMethod = "MP-JWT")}) accept the same
 * tokens as the MCP endpoint: {@code mp.jwt.verify.issuer}, {@code mp.jwt.verify.publickey.location} (the
 * discovered JWKS), {@code mp.jwt.verify.audiences} and {@code mp.jwt.verify.clock.skew}.
 *
 * <p>Its ordinal is below every standard source, so any {@code mp.jwt.verify.*} the user sets wins. The
 * values are published at deployment, after discovery; the map is per class loader, which for a library in
 * {@code WEB-INF/lib} means per application.
 */
public final class MpJwtConfigSource implements ConfigSource {

    /** Below microprofile-config.properties (100), so explicit settings win. */
    static final int ORDINAL = 50;

    // Shared between the config implementation's instance of this class and the CDI extension, which both
    // live in the application's class loader.
    private static final Map<String, String> VALUES = new ConcurrentHashMap<>();

    /**
     * Publishes the values for this application.
     *
     * @param issuer    the issuer
     * @param jwksUri   the key set URL
     * @param audiences the accepted audiences, comma-separated
     * @param clockSkew the leeway in seconds
     */
    public static void publish(String issuer, String jwksUri, String audiences, long clockSkew) {
        VALUES.put("mp.jwt.verify.issuer", issuer);
        VALUES.put("mp.jwt.verify.publickey.location", jwksUri);
        VALUES.put("mp.jwt.verify.audiences", audiences);
        VALUES.put("mp.jwt.verify.clock.skew", Long.toString(clockSkew));
    }

    /** Forgets the values, when the application stops. */
    public static void clear() {
        VALUES.clear();
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.copyOf(VALUES.keySet());
    }

    @Override
    public String getValue(String propertyName) {
        return VALUES.get(propertyName);
    }

    @Override
    public String getName() {
        return "mcp-ee: authorization server of mcp.auth.issuer";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
