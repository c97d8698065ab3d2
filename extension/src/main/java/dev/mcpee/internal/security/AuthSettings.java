package dev.mcpee.internal.security;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * @param rolesClaim           {@code mcp.auth.roles-claim}
 * @param extraScopes          {@code mcp.auth.extra-scopes}: added to {@code scopes_supported}
 * @param challengeScopes      {@code mcp.auth.challenge-scopes}: the scope of 401 challenges, or null for
 *                             the scopes every protected tool needs
 * @param listAllTools         {@code mcp.auth.list-all-tools}: {@code tools/list} shows tools the caller may
 *                             not call
 * @param resourceMetadataUrl  {@code mcp.auth.resource-metadata-url}: the metadata URL to advertise, or null
 *                             for the one this WAR serves
 */
public record AuthSettings(boolean anonymous, String issuer, URI resource, Set<String> audienceAliases,
                           List<String> authorizationServers, URI jwksUri, Set<JwsAlgorithm> algorithms,
                           Duration clockSkew, String rolesClaim, Set<String> extraScopes,
                           Set<String> challengeScopes, boolean listAllTools, URI resourceMetadataUrl) {

    /**
     * Reads the settings.
     *
     * @param config   the application's configuration
     * @param problems receives a message per bad or missing key
     * @return the settings (meaningless when problems were added)
     */
    public static AuthSettings read(Config config, List<String> problems) {
        boolean anonymous = config.getOptionalValue("mcp.auth.anonymous", Boolean.class).orElse(false);
        String issuer = string(config, "mcp.auth.issuer");
        URI resource = uri(config, "mcp.auth.resource", problems);
        if (issuer == null && !anonymous) {
            problems.add("mcp.auth.issuer is not set. The MCP endpoint is an OAuth 2.1 resource server: set"
                    + " mcp.auth.issuer to your authorization server's issuer URL and mcp.auth.resource to the"
                    + " endpoint's public URL (or, for development only, mcp.auth.anonymous=true).");
        }
        // Not set at all (a value that is not a URL was reported by uri()).
        if (issuer != null && string(config, "mcp.auth.resource") == null) {
            problems.add("mcp.auth.resource is not set. Set it to the MCP endpoint's canonical public URL, e.g."
                    + " https://vetassist.example.com/vetassist/mcp: tokens must name it in aud (RFC 8707).");
        }
        // uri() returns absolute http(s) URIs only; a fragment is what remains to refuse.
        if (resource != null && resource.getFragment() != null) {
            problems.add("mcp.auth.resource=" + resource + " must be an absolute URI without a fragment.");
        }
        List<String> servers = list(config, "mcp.auth.authorization-servers");
        if (servers.isEmpty() && issuer != null) {
            servers = List.of(issuer);
        }
        URI jwks = uri(config, "mcp.auth.jwks-uri", problems);
        Set<JwsAlgorithm> algorithms = EnumSet.noneOf(JwsAlgorithm.class);
        for (String name : list(config, "mcp.auth.algorithms")) {
            JwsAlgorithm a = JwsAlgorithm.of(name);
            if (a == null) {
                problems.add("mcp.auth.algorithms entry '" + name + "' is not an accepted algorithm; use RS256,"
                        + " RS384, RS512, ES256, ES384 or ES512 (symmetric and 'none' are never accepted).");
            } else {
                algorithms.add(a);
            }
        }
        if (algorithms.isEmpty()) {
            // Follow the authorization server's published keys: a key only verifies algorithms of its type.
            algorithms = EnumSet.allOf(JwsAlgorithm.class);
        }
        Duration skew = duration(config, "mcp.auth.clock-skew", Duration.ofSeconds(60), problems);
        String roles = Optional.ofNullable(string(config, "mcp.auth.roles-claim")).orElse("groups");
        Set<String> challenge = new LinkedHashSet<>(list(config, "mcp.auth.challenge-scopes"));
        boolean listAll = config.getOptionalValue("mcp.auth.list-all-tools", Boolean.class).orElse(false);
        Set<String> extra = new LinkedHashSet<>(list(config, "mcp.auth.extra-scopes"));
        checkScopes("mcp.auth.challenge-scopes", challenge, problems);
        checkScopes("mcp.auth.extra-scopes", extra, problems);
        return new AuthSettings(anonymous, issuer, resource, new LinkedHashSet<>(list(config, "mcp.auth.audience-aliases")),
                servers, jwks, algorithms, skew, roles, extra,
                challenge.isEmpty() ? null : challenge, listAll, uri(config, "mcp.auth.resource-metadata-url", problems));
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

    /** Scopes end up inside quoted WWW-Authenticate parameters: RFC 6749 scope tokens only. */
    private static void checkScopes(String key, Set<String> scopes, List<String> problems) {
        for (String scope : scopes) {
            if (scope.chars().anyMatch(c -> c <= 0x20 || c == '"' || c == '\\' || c > 0x7e)) {
                problems.add(key + " entry '" + scope + "' is not a scope (printable ASCII without spaces, quotes or"
                        + " backslashes).");
            }
        }
    }

    private static String string(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    private static List<String> list(Config config, String key) {
        String raw = string(config, key);
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (String item : raw.split(",")) {
                if (!item.isBlank()) {
                    out.add(item.strip());
                }
            }
        }
        return out;
    }

    private static URI uri(Config config, String key, List<String> problems) {
        String raw = string(config, key);
        if (raw == null) {
            return null;
        }
        try {
            URI uri = new URI(raw);
            if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problems.add(key + "=" + raw + " is not an absolute http(s) URL.");
        return null;
    }

    private static Duration duration(Config config, String key, Duration defaultValue, List<String> problems) {
        String raw = string(config, key);
        if (raw == null) {
            return defaultValue;
        }
        try {
            Duration d = Duration.parse(raw);
            if (!d.isNegative()) {
                return d;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        problems.add(key + "=" + raw + " is not an ISO-8601 duration such as PT60S.");
        return defaultValue;
    }
}
