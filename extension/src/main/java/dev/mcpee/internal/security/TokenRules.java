package dev.mcpee.internal.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What makes an access token acceptable here.
 *
 * @param issuer     the exact {@code iss}
 * @param audiences  acceptable {@code aud} values: the resource URI and configured aliases
 * @param algorithms accepted signature algorithms
 * @param clockSkew  leeway for {@code exp}, {@code nbf} and {@code iat}
 * @param rolesClaims the claims holding roles, in order; a caller's roles are those of every one present
 */
public record TokenRules(String issuer, Set<String> audiences, Set<JwsAlgorithm> algorithms, Duration clockSkew,
                         List<String> rolesClaims) {

    /**
     * Copies the sets.
     *
     * @param issuer     the exact {@code iss}
     * @param audiences  acceptable {@code aud} values
     * @param algorithms accepted algorithms
     * @param clockSkew  leeway
     * @param rolesClaims the roles claims
     */
    public TokenRules {
        audiences = Set.copyOf(audiences);
        algorithms = Set.copyOf(algorithms);
        rolesClaims = List.copyOf(rolesClaims);
    }
}
