package dev.mcpee.internal.security;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import dev.mcpee.internal.problem.Problems;
import jakarta.json.JsonObject;

/**
 * Everything the endpoints need to act as an OAuth 2.1 resource server, built once at deployment: the
 * authenticator, the protected resource metadata and the scope of 401 challenges.
 */
public final class McpSecurity {

    private final AuthSettings settings;
    private final Authenticator authenticator;
    private final JsonObject metadata;
    private final Set<String> challengeScopes;

    private McpSecurity(AuthSettings settings, Authenticator authenticator, JsonObject metadata,
                        Set<String> challengeScopes) {
        this.settings = settings;
        this.authenticator = authenticator;
        this.metadata = metadata;
        this.challengeScopes = Collections.unmodifiableSortedSet(new TreeSet<>(challengeScopes));
    }

    /**
     * Builds the security of a deployment.
     *
     * @param settings  the settings
     * @param toolRules the rules of every deployed tool
     * @param name      the server's display name for the metadata, or null
     * @param problems  receives deployment problems
     * @return the security (meaningless when problems were added)
     */
    public static McpSecurity create(AuthSettings settings, Collection<ToolSecurity> toolRules, String name,
                                     Problems problems) {
        Set<String> all = new LinkedHashSet<>();
        Set<String> common = null;
        for (ToolSecurity rule : toolRules) {
            all.addAll(rule.scopes());
            if (!rule.scopes().isEmpty()) {
                if (common == null) {
                    common = new LinkedHashSet<>(rule.scopes());
                } else {
                    common.retainAll(rule.scopes());
                }
            }
        }
        Set<String> challenge = settings.challengeScopes() != null ? settings.challengeScopes()
                : common != null ? common : Set.of();
        Authenticator authenticator = Authenticator.create(settings, problems);
        JsonObject metadata = settings.verifiesTokens() && settings.resource() != null
                ? ResourceMetadata.build(settings, all, name) : null;
        return new McpSecurity(settings, authenticator, metadata, challenge);
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public AuthSettings settings() {
        return settings;
    }

    /**
     * The authenticator.
     *
     * @return the authenticator
     */
    public Authenticator authenticator() {
        return authenticator;
    }

    /**
     * The protected resource metadata.
     *
     * @return the document, or null when no authorization server is configured
     */
    public JsonObject metadata() {
        return metadata;
    }

    /**
     * The scope a 401 challenge asks for when no tool is involved.
     *
     * @return the scopes (may be empty)
     */
    public Set<String> challengeScopes() {
        return challengeScopes;
    }

    /**
     * The path, below the context root, at which the metadata is served and which challenges advertise:
     * {@code /.well-known/oauth-protected-resource} followed by the endpoint's path below the context root.
     *
     * @param contextPath the WAR's context path ("" or "/vetassist")
     * @return the path, starting with "/"
     */
    public String metadataPath(String contextPath) {
        String resourcePath = settings.resource() == null ? "" : settings.resource().getRawPath();
        String endpoint = resourcePath.startsWith(contextPath + "/") ? resourcePath.substring(contextPath.length())
                : "/mcp";
        return "/.well-known/oauth-protected-resource" + endpoint;
    }

    /**
     * The absolute metadata URL advertised in challenges, on the resource's origin.
     *
     * @param contextPath the WAR's context path
     * @return the URL
     */
    public String metadataUrl(String contextPath) {
        if (settings.resourceMetadataUrl() != null) {
            return settings.resourceMetadataUrl().toString();
        }
        var r = settings.resource();
        return r.getScheme() + "://" + r.getRawAuthority() + contextPath + metadataPath(contextPath);
    }
}
