package dev.mcpee.internal.config;

import java.time.Duration;
import dev.mcpee.internal.problem.ConfigMessages;
import dev.mcpee.internal.problem.Problems;
import org.eclipse.microprofile.config.Config;

/**
 * Every {@code mcp.*} setting, read and validated once at deployment. A bad value fails the deployment
 * with a message naming the key; nothing reads configuration on the request path.
 *
 * @param serverName        {@code mcp.server.name}: the name sent in {@code initialize}
 * @param serverVersion     {@code mcp.server.version}
 * @param serverTitle       {@code mcp.server.title}, or null
 * @param instructions      {@code mcp.server.instructions}, or null
 * @param pageSize          {@code mcp.list.page-size}: items per {@code tools/list} page
 * @param sessionIdleTimeout {@code mcp.session.idle-timeout}: a session unused this long ends
 * @param maxSessions       {@code mcp.session.max}: live sessions at most
 * @param maxSessionsPerOwner {@code mcp.session.max-per-owner}: live sessions of one user at most
 * @param maxRequestBytes   {@code mcp.http.max-request-bytes}: larger POST bodies get 413
 * @param allowedOrigins    {@code mcp.http.allowed-origins}: browser origins that may call the endpoint
 * @param toolTimeout       {@code mcp.tools.timeout}: how long a call waits for an asynchronous tool
 * @param replayEvents      {@code mcp.session.replay-events}: events each stream keeps for resumption
 * @param cacheTtl          {@code mcp.cache.ttl}: how long a 2026-07-28 client may reuse a list, a read or
 *                          {@code server/discover} ({@code ttlMs}); zero, the default, means immediately stale
 * @param requestStateKey   {@code mcp.mrtr.state-key}: Base64 of the key that seals multi round-trip state, or
 *                          null for a random key of this deployment
 * @param store             {@code mcp.session.store} and its settings: where 2025 sessions live
 * @param limits            what one caller can make the server hold
 */
public record McpConfig(String serverName, String serverVersion, String serverTitle, String instructions,
                        int pageSize, Duration sessionIdleTimeout, int maxSessions, int maxSessionsPerOwner,
                        int maxRequestBytes,
                        OriginPolicy allowedOrigins, Duration toolTimeout, int replayEvents, Duration cacheTtl,
                        String requestStateKey, StoreSettings store, Limits limits) {

    /** Default of {@code mcp.http.allowed-origins}: pages served from this machine only. */
    public static final String DEFAULT_ORIGINS = "http://localhost:*,http://127.0.0.1:*,http://[::1]:*";

    /**
     * Reads and validates the configuration.
     *
     * @param config      the application's MicroProfile Config
     * @param defaultName the server name when {@code mcp.server.name} is not set
     * @param problems    receives one problem per invalid key
     * @return the configuration, meaningful only when no problem was added
     */
    public static McpConfig read(Config config, String defaultName, Problems problems) {
        ConfigReader r = new ConfigReader(config, problems);
        String name = r.string("mcp.server.name", defaultName);
        String version = r.string("mcp.server.version", "1.0.0");
        String title = r.string("mcp.server.title", null);
        String instructions = r.string("mcp.server.instructions", null);
        int pageSize = r.positiveInt("mcp.list.page-size", 50);
        Duration idle = r.duration("mcp.session.idle-timeout", Duration.ofMinutes(30));
        int maxSessions = r.positiveInt("mcp.session.max", 10_000);
        int maxPerOwner = r.positiveInt("mcp.session.max-per-owner", 100);
        int maxBytes = r.positiveInt("mcp.http.max-request-bytes", 4 * 1024 * 1024);
        OriginPolicy origins = r.origins("mcp.http.allowed-origins", DEFAULT_ORIGINS);
        Duration toolTimeout = r.duration("mcp.tools.timeout", Duration.ofMinutes(5));
        int replay = r.positiveInt("mcp.session.replay-events", 100);
        Duration cacheTtl = r.durationOrZero("mcp.cache.ttl", Duration.ZERO);
        String stateKey = r.string("mcp.mrtr.state-key", null);
        if (stateKey != null && !isKey(stateKey)) {
            r.problem(ConfigMessages.notAStateKey("mcp.mrtr.state-key"));
            stateKey = null;
        }
        return new McpConfig(name, version, title, instructions, pageSize, idle, maxSessions, maxPerOwner, maxBytes,
                origins, toolTimeout, replay, cacheTtl, stateKey, StoreSettings.read(r), Limits.read(r));
    }

    /** Base64 of 32 bytes or more: a key HMAC-SHA256 can rely on. */
    private static boolean isKey(String base64) {
        try {
            return java.util.Base64.getDecoder().decode(base64).length >= 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
