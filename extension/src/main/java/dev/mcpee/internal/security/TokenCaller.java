package dev.mcpee.internal.security;

import java.util.Optional;
import java.util.Set;

import dev.mcpee.api.Caller;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A caller established from a verified access token, or the anonymous caller.
 *
 * @param authenticated whether a verified token was presented
 * @param issuer        {@code iss}
 * @param subject       {@code sub}
 * @param scopes        the granted scopes
 * @param roles         the roles
 * @param claims        every claim of the token (never the token itself)
 * @param expiresAt     {@code exp} in epoch seconds, or 0
 */
public record TokenCaller(boolean authenticated, String issuer, String subject, Set<String> scopes,
                          Set<String> roles, JsonObject claims, long expiresAt) implements Caller {

    /** The caller of a request without a token, where anonymous access is configured. */
    public static final TokenCaller ANONYMOUS = new TokenCaller(false, "", "", Set.of(), Set.of(),
            JsonValue.EMPTY_JSON_OBJECT, 0);

    /**
     * Copies the sets.
     *
     * @param authenticated whether a verified token was presented
     * @param issuer        {@code iss}
     * @param subject       {@code sub}
     * @param scopes        the granted scopes
     * @param roles         the roles
     * @param claims        every claim
     * @param expiresAt     {@code exp}, or 0
     */
    public TokenCaller {
        scopes = Set.copyOf(scopes);
        roles = Set.copyOf(roles);
    }

    @Override
    public Optional<String> claim(String name) {
        return Optional.ofNullable(claims.getString(name, null));
    }

    /**
     * Whom a session belongs to: issuer and subject, so the same subject at another issuer is someone else.
     *
     * @return the owner key
     */
    public String owner() {
        return issuer + '\u0000' + subject;
    }
}
