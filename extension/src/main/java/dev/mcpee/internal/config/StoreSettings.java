package dev.mcpee.internal.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.mcpee.internal.problem.ConfigMessages;

/**
 * Where 2025 sessions live: in this JVM ({@code memory}, the default) or in a JCache (JSR-107) cache shared by
 * every instance of the application ({@code jcache}), so that any instance behind a load balancer serves any
 * session. The JCache provider (for example Hazelcast) comes with the WAR or the server, not with mcp-ee.
 *
 * @param shared       {@code mcp.session.store=jcache}
 * @param provider     {@code mcp.session.jcache.provider}: the provider's class name, or null for the one found
 * @param uri          {@code mcp.session.jcache.uri}: the provider-specific cache manager URI, or null
 * @param properties   {@code mcp.session.jcache.properties}: {@code key=value} entries for the cache manager,
 *                     e.g. {@code hazelcast.config.location=classpath:mcp-hazelcast.xml}
 * @param prefix       {@code mcp.session.jcache.prefix}: the caches' name prefix, the same on every instance
 * @param replayWindow {@code mcp.session.replay-window}: how long a shared stream's events are kept for
 *                     resumption (the in-memory log keeps a number of events instead)
 */
public record StoreSettings(boolean shared, String provider, String uri, Map<String, String> properties,
                            String prefix, Duration replayWindow) {

    /** Sessions in this JVM only. */
    public static final StoreSettings MEMORY = new StoreSettings(false, null, null, Map.of(), "mcp-ee",
            Duration.ofMinutes(10));

    /**
     * Reads the settings.
     *
     * @param r the configuration
     * @return the settings, meaningful only when no problem was added
     */
    static StoreSettings read(ConfigReader r) {
        String kind = r.string("mcp.session.store", "memory");
        if (!"memory".equals(kind) && !"jcache".equals(kind)) {
            r.problem(ConfigMessages.unknownStore("mcp.session.store", kind));
            return MEMORY;
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (String entry : r.list("mcp.session.jcache.properties")) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                r.problem(ConfigMessages.notAProperty("mcp.session.jcache.properties", entry));
            } else {
                properties.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
            }
        }
        return new StoreSettings("jcache".equals(kind), r.string("mcp.session.jcache.provider", null),
                r.string("mcp.session.jcache.uri", null), Map.copyOf(properties),
                r.string("mcp.session.jcache.prefix", "mcp-ee"),
                r.duration("mcp.session.replay-window", Duration.ofMinutes(10)));
    }
}
