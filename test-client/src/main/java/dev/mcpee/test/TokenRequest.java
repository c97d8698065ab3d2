package dev.mcpee.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * The access token a {@link TestIssuer} is asked for, put together fluently:
 * {@code issuer.token().subject("alice").scopes("a", "b").roles("r").audience(resource).issue()}. The token is a
 * JWT signed with the issuer's published key (RS256), header {@code typ: at+jwt}, claims {@code iss}, {@code sub},
 * {@code aud}, {@code azp}, {@code scope} (space-delimited), the roles in {@code groups} (the claim mcp-ee reads unless
 * {@code mcp.auth.roles-claim} names another: see {@link #rolesClaim(String)}), {@code iat}, {@code exp}.
 */
public final class TokenRequest {

    private final MockOAuth2Server server;
    private final String issuerId;
    private String subject = "test-user";
    private String clientId = "mcp-ee-test";
    private final List<String> scopes = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private String rolesClaim = "groups";
    private final List<String> audience = new ArrayList<>();
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private Duration lifetime = Duration.ofMinutes(5);

    TokenRequest(MockOAuth2Server server, String issuerId) {
        this.server = server;
        this.issuerId = issuerId;
    }

    /**
     * The subject ({@code sub}): who calls.
     *
     * @param sub the subject
     * @return this
     */
    public TokenRequest subject(String sub) {
        this.subject = sub;
        return this;
    }

    /**
     * The client the token was issued to ({@code azp}); {@code mcp-ee-test} unless set.
     *
     * @param id the client id
     * @return this
     */
    public TokenRequest clientId(String id) {
        this.clientId = id;
        return this;
    }

    /**
     * Scopes the token grants ({@code scope}, space-delimited); added to those given before.
     *
     * @param granted the scopes
     * @return this
     */
    public TokenRequest scopes(String... granted) {
        scopes.addAll(Arrays.asList(granted));
        return this;
    }

    /**
     * Roles of the caller; added to those given before.
     *
     * @param names the roles
     * @return this
     */
    public TokenRequest roles(String... names) {
        roles.addAll(Arrays.asList(names));
        return this;
    }

    /**
     * The claim the roles go in, when the deployment's {@code mcp.auth.roles-claim} names another than
     * {@code groups}.
     *
     * @param claim the claim name
     * @return this
     */
    public TokenRequest rolesClaim(String claim) {
        this.rolesClaim = claim;
        return this;
    }

    /**
     * The audience ({@code aud}): the MCP endpoint's resource URI ({@code mcp.auth.resource}) or one of its
     * {@code mcp.auth.audience-aliases}; added to those given before. Required.
     *
     * @param values the audiences
     * @return this
     */
    public TokenRequest audience(String... values) {
        audience.addAll(Arrays.asList(values));
        return this;
    }

    /**
     * Any other claim (a string, number, boolean, list or map); it overrides {@code scope} and the roles claim, not
     * {@code iss}, {@code sub}, {@code aud}, {@code azp} or the times.
     *
     * @param name  the claim
     * @param value its value
     * @return this
     */
    public TokenRequest claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    /**
     * How long the token is valid from now; negative for a token that has already expired.
     *
     * @param validFor the lifetime
     * @return this
     */
    public TokenRequest expiresIn(Duration validFor) {
        this.lifetime = validFor;
        return this;
    }

    /**
     * Signs the token.
     *
     * @return the compact JWT, for {@link McpTestClient.Builder#token(String)}
     * @throws IllegalStateException when no audience was given
     */
    public String issue() {
        if (audience.isEmpty()) {
            throw new IllegalStateException("Give the token an audience: the MCP endpoint's resource URI"
                    + " (mcp.auth.resource), e.g. .audience(\"http://localhost:9080/app/mcp\")");
        }
        Map<String, Object> all = new LinkedHashMap<>();
        if (!scopes.isEmpty()) {
            all.put("scope", String.join(" ", scopes));
        }
        if (!roles.isEmpty()) {
            all.put(rolesClaim, List.copyOf(roles));
        }
        all.putAll(claims);
        return server.issueToken(issuerId, clientId, new DefaultOAuth2TokenCallback(issuerId, subject, "at+jwt",
                List.copyOf(audience), all, lifetime.toSeconds())).serialize();
    }
}
