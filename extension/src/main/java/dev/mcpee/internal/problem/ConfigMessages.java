package dev.mcpee.internal.problem;

import java.time.Duration;

/**
 * The texts of the configuration problems, one factory per id; {@code where} is always the key. Ids as in
 * {@link Messages}: they keep their meaning for good.
 *
 * <ul>
 *   <li>MCPEE101–105, a value of the wrong form: 101 not a positive whole number, 102 not a duration, 103 not
 *       an origin, 104 not an absolute http(s) URL, 105 not a boolean.</li>
 *   <li>MCPEE106–111, the authorization settings: 106 no issuer, 107 no resource, 108 a resource with a
 *       fragment, 109 an algorithm not accepted, 110 not a scope; and the authorization server: 111 its keys
 *       cannot be loaded.</li>
 *   <li>MCPEE112, the key that seals the state of multi round-trip requests is not Base64 of 32 bytes or
 *       more.</li>
 *   <li>MCPEE113–115, the session store: 113 not a store mcp-ee has, 114 a property without a key, 115 the
 *       shared store cannot be opened.</li>
 *   <li>MCPEE116–117, what lists show: 116 not a listing policy, 117 the policy set under both its keys.</li>
 *   <li>MCPEE118–119, operations: 118 not a log level for the audit trail, 119 arguments to record for a
 *       tool that does not exist.</li>
 * </ul>
 */
public final class ConfigMessages {

    private ConfigMessages() {
    }

    /**
     * MCPEE101: not a positive whole number.
     *
     * @param key          the key
     * @param value        the value as configured
     * @param defaultValue what is used without it
     * @return the problem
     */
    public static Problem notPositiveInt(String key, String value, int defaultValue) {
        return new Problem("MCPEE101", key, key + "=" + value + " is not a positive whole number.",
                "remove it to use the default " + defaultValue + ".");
    }

    /**
     * MCPEE102: not an ISO-8601 duration, or not a positive one where zero makes no sense.
     *
     * @param key          the key
     * @param value        the value as configured
     * @param zeroAllowed  whether zero is allowed (a leeway) or not (a timeout)
     * @param defaultValue what is used without it
     * @return the problem
     */
    public static Problem notDuration(String key, String value, boolean zeroAllowed, Duration defaultValue) {
        return new Problem("MCPEE102", key, key + "=" + value + " is not a" + (zeroAllowed ? "n" : " positive")
                + " ISO-8601 duration such as " + (zeroAllowed ? "PT60S" : "PT30M") + ".",
                "remove it to use the default " + defaultValue + ".");
    }

    /**
     * MCPEE103: an entry of an origin list that is not an origin.
     *
     * @param key   the key
     * @param entry the entry
     * @return the problem
     */
    public static Problem notOrigin(String key, String entry) {
        return new Problem("MCPEE103", key, key + " entry '" + entry + "' is not an origin (scheme://host[:port], no"
                + " path), nor *.", "write origins such as https://app.example.com or http://localhost:*.");
    }

    /**
     * MCPEE104: not an absolute http or https URL.
     *
     * @param key   the key
     * @param value the value as configured
     * @return the problem
     */
    public static Problem notHttpUrl(String key, String value) {
        return new Problem("MCPEE104", key, key + "=" + value + " is not an absolute http(s) URL.",
                "write an absolute URL starting with https:// or http://.");
    }

    /**
     * MCPEE105: not a boolean (MicroProfile Config's spellings of one).
     *
     * @param key          the key
     * @param value        the value as configured
     * @param defaultValue what is used without it
     * @return the problem
     */
    public static Problem notBoolean(String key, String value, boolean defaultValue) {
        return new Problem("MCPEE105", key, key + "=" + value + " is not true or false.",
                "remove it to use the default " + defaultValue + ".");
    }

    /**
     * MCPEE106: no issuer, so no token could be verified, and anonymous access is not on.
     *
     * @return the problem
     */
    public static Problem issuerMissing() {
        return new Problem("MCPEE106", "mcp.auth.issuer", "mcp.auth.issuer is not set. The MCP endpoint is an"
                + " OAuth 2.1 resource server.", "set mcp.auth.issuer to your authorization server's issuer URL and"
                + " mcp.auth.resource to the endpoint's public URL (or, for development only,"
                + " mcp.auth.anonymous=true).");
    }

    /**
     * MCPEE107: an issuer but no resource, so no audience to check tokens against.
     *
     * @return the problem
     */
    public static Problem resourceMissing() {
        return new Problem("MCPEE107", "mcp.auth.resource", "mcp.auth.resource is not set: tokens must name the MCP"
                + " endpoint in aud (RFC 8707).", "set it to the MCP endpoint's canonical public URL, e.g."
                + " https://vetassist.example.com/vetassist/mcp.");
    }

    /**
     * MCPEE108: a resource with a fragment, which RFC 8707 forbids.
     *
     * @param resource the configured resource
     * @return the problem
     */
    public static Problem resourceHasFragment(String resource) {
        return new Problem("MCPEE108", "mcp.auth.resource", "mcp.auth.resource=" + resource + " is not an absolute"
                + " URI without a fragment.", "remove the fragment (the part from #).");
    }

    /**
     * MCPEE109: an algorithm that is not accepted.
     *
     * @param name the entry as configured
     * @return the problem
     */
    public static Problem unknownAlgorithm(String name) {
        return new Problem("MCPEE109", "mcp.auth.algorithms", "mcp.auth.algorithms entry '" + name + "' is not an"
                + " accepted algorithm (symmetric and 'none' are never accepted).",
                "use RS256, RS384, RS512, ES256, ES384 or ES512.");
    }

    /**
     * MCPEE110: not an RFC 6749 scope, which would break the quoted challenge it is sent in.
     *
     * @param key   the key
     * @param scope the entry as configured
     * @return the problem
     */
    public static Problem notAScope(String key, String scope) {
        return new Problem("MCPEE110", key, key + " entry '" + scope + "' is not a scope (printable ASCII without"
                + " spaces, quotes or backslashes).", "correct the entry or remove it.");
    }

    /**
     * MCPEE111: the authorization server's signing keys cannot be loaded.
     *
     * @param key    the key the URL came from: {@code mcp.auth.jwks-uri}, or {@code mcp.auth.issuer} for discovery
     * @param url    the URL tried
     * @param reason why it failed
     * @return the problem
     */
    public static Problem keysUnavailable(String key, String url, String reason) {
        return new Problem("MCPEE111", key, key + "=" + url + ": the authorization server's signing keys cannot be"
                + " loaded: " + reason + ".", "check the URL and that the server is reachable from this server.");
    }

    /**
     * MCPEE112: {@code mcp.mrtr.state-key} is not Base64 of at least 32 bytes.
     *
     * @param key the key
     * @return the problem (the value itself is a secret: not repeated)
     */
    public static Problem notAStateKey(String key) {
        return new Problem("MCPEE112", key, key + " is not the Base64 of a key of at least 32 bytes.",
                "generate one with `openssl rand -base64 32` and give every instance the same value.");
    }

    /**
     * MCPEE113: a session store mcp-ee does not have.
     *
     * @param key   the key
     * @param value its value
     * @return the problem
     */
    public static Problem unknownStore(String key, String value) {
        return new Problem("MCPEE113", key, key + "=" + value + " is not a session store.",
                "use memory (the default: sessions in this server) or jcache (sessions shared by every instance"
                        + " through a JCache provider such as Hazelcast in the WAR).");
    }

    /**
     * MCPEE114: an entry of a {@code key=value} list without a key.
     *
     * @param key   the key
     * @param entry the entry
     * @return the problem
     */
    public static Problem notAProperty(String key, String entry) {
        return new Problem("MCPEE114", key, key + " entry '" + entry + "' is not key=value.",
                "write each entry as name=value, entries separated by commas, e.g."
                        + " hazelcast.config.location=classpath:mcp-hazelcast.xml.");
    }

    /**
     * MCPEE115: the shared session store cannot be opened.
     *
     * @param key    the key that asked for it
     * @param reason why, in words
     * @return the problem
     */
    public static Problem storeUnavailable(String key, String reason) {
        return new Problem("MCPEE115", key, key + "=jcache, but the shared session store cannot be opened: " + reason
                + ".", "put the JCache API (javax.cache:cache-api) and a provider (e.g. com.hazelcast:hazelcast) in"
                + " WEB-INF/lib or the server, name the provider with mcp.session.jcache.provider when there are"
                + " several, and check its configuration (mcp.session.jcache.uri, mcp.session.jcache.properties).");
    }

    /**
     * MCPEE116: not a listing policy.
     *
     * @param key   the key
     * @param value its value
     * @return the problem
     */
    public static Problem unknownListing(String key, String value) {
        return new Problem("MCPEE116", key, key + "=" + value + " is not a listing policy.",
                "use reachable (the default: what the caller may call, and what it could call with more scopes),"
                        + " callable (only what the token allows now) or all.");
    }

    /**
     * MCPEE117: the listing policy set under its key and under the older boolean key.
     *
     * @param key    the key
     * @param oldKey the older key
     * @return the problem
     */
    public static Problem listingTwice(String key, String oldKey) {
        return new Problem("MCPEE117", key, key + " and " + oldKey + " are both set.",
                "remove " + oldKey + " (true is " + key + "=all, false is " + key + "=callable).");
    }

    /**
     * MCPEE118: not a {@code java.util.logging} level.
     *
     * @param key   the key
     * @param value its value
     * @return the problem
     */
    public static Problem notLogLevel(String key, String value) {
        return new Problem("MCPEE118", key, key + "=" + value + " is not a log level.",
                "use SEVERE, WARNING, INFO (the default), CONFIG, FINE, FINER or FINEST, or set mcp.audit.enabled=false"
                        + " to write no audit trail.");
    }

    /**
     * MCPEE119: arguments to record in traces for a tool the deployment does not have.
     *
     * @param key  the key
     * @param tool the name given
     * @return the problem
     */
    public static Problem unknownTracedTool(String key, String tool) {
        return new Problem("MCPEE119", key, key + " names " + tool + ", but no @McpTool has that name.",
                "name deployed tools (their @McpTool names, comma-separated), * for every tool, or remove the key.");
    }
}
