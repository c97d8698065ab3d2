package dev.mcpee.internal.config;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Feeds what the extension learned about the authorization server to the container's MicroProfile JWT, so
 * that the application's own MP JWT resources ({@code @LoginConfig(authMethod = "MP-JWT")}) accept the same
 * tokens as the MCP endpoint: {@code mp.jwt.verify.issuer}, {@code mp.jwt.verify.publickey.location} (the
 * discovered JWKS), {@code mp.jwt.verify.audiences} and {@code mp.jwt.verify.clock.skew}.
 *
 * <p>Its ordinal is below every standard source, so any {@code mp.jwt.verify.*} the user sets wins. The
 * values are published at deployment, after discovery, into the instance that the application's own
 * {@link Config} loaded (found among its sources), so each application's values stay in its own configuration.
 */
public final class MpJwtConfigSource implements ConfigSource {

    /** Below microprofile-config.properties (100), so explicit settings win. */
    static final int ORDINAL = 50;

    private final Map<String, String> values = new ConcurrentHashMap<>();

    /**
     * Publishes the values into the application's configuration.
     *
     * @param config    the application's configuration, which loaded this source through the service loader
     * @param issuer    the issuer
     * @param jwksUri   the key set URL
     * @param audiences the accepted audiences, comma-separated
     * @param clockSkew the leeway in seconds
     * @return false when the configuration holds no instance of this source (the container's MP JWT then needs
     *         {@code mp.jwt.verify.*} set by hand)
     */
    public static boolean publish(Config config, String issuer, String jwksUri, String audiences, long clockSkew) {
        MpJwtConfigSource own = in(config);
        if (own == null) {
            return false;
        }
        own.values.put("mp.jwt.verify.issuer", issuer);
        own.values.put("mp.jwt.verify.publickey.location", jwksUri);
        own.values.put("mp.jwt.verify.audiences", audiences);
        own.values.put("mp.jwt.verify.clock.skew", Long.toString(clockSkew));
        return true;
    }

    /**
     * Forgets the values, when the application stops.
     *
     * @param config the application's configuration
     */
    public static void clear(Config config) {
        MpJwtConfigSource own = in(config);
        if (own != null) {
            own.values.clear();
        }
    }

    private static MpJwtConfigSource in(Config config) {
        for (ConfigSource source : config.getConfigSources()) {
            if (source instanceof MpJwtConfigSource own) {
                return own;
            }
        }
        return null;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.copyOf(values.keySet());
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
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
