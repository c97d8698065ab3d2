package dev.mcpee.internal.security;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.mcpee.internal.config.ConfigReader;
import dev.mcpee.internal.problem.ConfigMessages;
import dev.mcpee.internal.problem.Problems;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code mcp.auth.*} settings, read and checked once at deployment.
 *
 * @param anonymous            {@code mcp.auth.anonymous}: requests without a token are allowed (tools that
 *                             need scopes or roles still answer 401)
 * @param issuer               {@code mcp.auth.issuer}: the authorization server's issuer, exactly as in tokens
 * @param resource             {@code mcp.auth.resource}: the canonical URI of the MCP endpoint
 * @param audienceAliases      {@code mcp.auth.audience-aliases}: other {@code aud} values to accept
 * @param authorizationServers {@code mcp.auth.authorization-servers}: advertised in the resource metadata
 * @param jwksUri              {@code mcp.auth.jwks-uri}: manual key location (skips discovery), or null
 * @param algorithms           {@code mcp.auth.algorithms}: accepted signature algorithms
 * @param clockSkew            {@code mcp.auth.clock-skew}
 * @param rolesClaims          {@code mcp.auth.roles-claim}: the claims holding roles (one or several)
 * @param extraScopes          {@code mcp.auth.extra-scopes}: added to {@code scopes_supported}
 * @param challengeScopes      {@code mcp.auth.challenge-scopes}: the scope of 401 challenges, or null for
 *                             the scopes every protected tool needs
 * @param listing              {@code mcp.auth.list-tools}: which tools, prompts and resources a list shows
 * @param resourceMetadataUrl  {@code mcp.auth.resource-metadata-url}: the metadata URL to advertise, or null
 *                             for the one this WAR serves
 * @param keysMaxAge           {@code mcp.auth.keys-max-age}: how old the authorization server's keys may get
 *                             before they are fetched again (and past which, when that fails, the server is not
 *                             ready)
 */
public record AuthSettings(boolean anonymous, String issuer, URI resource, Set<String> audienceAliases,
                           List<String> authorizationServers, URI jwksUri, Set<JwsAlgorithm> algorithms,
                           Duration clockSkew, List<String> rolesClaims, Set<String> extraScopes,
                           Set<String> challengeScopes, Listing listing, URI resourceMetadataUrl,
                           Duration keysMaxAge) {

    /**
     * Reads the settings.
     *
     * @param config   the application's configuration
     * @param problems receives a problem per bad or missing key
     * @return the settings (meaningless when problems were added)
     */
    public static AuthSettings read(Config config, Problems problems) {
        ConfigReader r = new ConfigReader(config, problems);
        boolean anonymous = r.bool("mcp.auth.anonymous", false);
        String issuer = r.string("mcp.auth.issuer", null);
        URI resource = r.httpUrl("mcp.auth.resource");
        if (issuer == null && !anonymous) {
            r.problem(ConfigMessages.issuerMissing());
        }
        // Not set at all (a value that is not a URL was reported by httpUrl()).
        if (issuer != null && r.string("mcp.auth.resource", null) == null) {
            r.problem(ConfigMessages.resourceMissing());
        }
        // httpUrl() returns absolute http(s) URIs only; a fragment is what remains to refuse.
        if (resource != null && resource.getFragment() != null) {
            r.problem(ConfigMessages.resourceHasFragment(resource.toString()));
        }
        List<String> servers = r.list("mcp.auth.authorization-servers");
        if (servers.isEmpty() && issuer != null) {
            servers = List.of(issuer);
        }
        URI jwks = r.httpUrl("mcp.auth.jwks-uri");
        Set<JwsAlgorithm> algorithms = EnumSet.noneOf(JwsAlgorithm.class);
        for (String name : r.list("mcp.auth.algorithms")) {
            JwsAlgorithm a = JwsAlgorithm.of(name);
            if (a == null) {
                r.problem(ConfigMessages.unknownAlgorithm(name));
            } else {
                algorithms.add(a);
            }
        }
        if (algorithms.isEmpty()) {
            // Follow the authorization server's published keys: a key only verifies algorithms of its type.
            algorithms = EnumSet.allOf(JwsAlgorithm.class);
        }
        Duration skew = r.durationOrZero("mcp.auth.clock-skew", Duration.ofSeconds(60));
        List<String> roles = r.list("mcp.auth.roles-claim");
        if (roles.isEmpty()) {
            roles = List.of("groups");
        }
        Set<String> challenge = new LinkedHashSet<>(r.list("mcp.auth.challenge-scopes"));
        Listing listing = listing(r);
        Set<String> extra = new LinkedHashSet<>(r.list("mcp.auth.extra-scopes"));
        checkScopes("mcp.auth.challenge-scopes", challenge, r);
        checkScopes("mcp.auth.extra-scopes", extra, r);
        return new AuthSettings(anonymous, issuer, resource, new LinkedHashSet<>(r.list("mcp.auth.audience-aliases")),
                servers, jwks, algorithms, skew, roles, extra,
                challenge.isEmpty() ? null : challenge, listing, r.httpUrl("mcp.auth.resource-metadata-url"),
                r.duration("mcp.auth.keys-max-age", RemoteJwks.MAX_AGE));
    }

    /**
     * Whether tokens are verified at all (an issuer is configured).
     *
     * @return true when tokens are verified
     */
    public boolean verifiesTokens() {
        return issuer != null;
    }

    /**
     * Every acceptable audience: the resource and the aliases.
     *
     * @return the audiences
     */
    public Set<String> audiences() {
        Set<String> out = new LinkedHashSet<>();
        if (resource != null) {
            out.add(resource.toString());
        }
        out.addAll(audienceAliases);
        return out;
    }

    /**
     * {@code mcp.auth.list-tools}, or the older {@code mcp.auth.list-all-tools} (true: all, false: callable)
     * when only that is set.
     */
    private static Listing listing(ConfigReader r) {
        String value = r.string("mcp.auth.list-tools", null);
        String old = r.string("mcp.auth.list-all-tools", null);
        if (value != null && old != null) {
            r.problem(ConfigMessages.listingTwice("mcp.auth.list-tools", "mcp.auth.list-all-tools"));
            return Listing.REACHABLE;
        }
        if (value == null) {
            return old == null ? Listing.REACHABLE : r.bool("mcp.auth.list-all-tools", false) ? Listing.ALL
                    : Listing.CALLABLE;
        }
        for (Listing l : Listing.values()) {
            if (l.name().equalsIgnoreCase(value.trim())) {
                return l;
            }
        }
        r.problem(ConfigMessages.unknownListing("mcp.auth.list-tools", value));
        return Listing.REACHABLE;
    }

    /** Scopes end up inside quoted WWW-Authenticate parameters: RFC 6749 scope tokens only. */
    private static void checkScopes(String key, Set<String> scopes, ConfigReader r) {
        for (String scope : scopes) {
            if (scope.chars().anyMatch(c -> c <= 0x20 || c == '"' || c == '\\' || c > 0x7e)) {
                r.problem(ConfigMessages.notAScope(key, scope));
            }
        }
    }
}
