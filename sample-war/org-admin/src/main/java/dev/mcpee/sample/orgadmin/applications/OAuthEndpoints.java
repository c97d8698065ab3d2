package dev.mcpee.sample.orgadmin.applications;

/**
 * Where an application's users and services get tokens: the organization's endpoints.
 *
 * @param issuer    the token issuer
 * @param authorize the authorization endpoint
 * @param token     the token endpoint
 * @param jwks      the signing keys
 * @param userinfo  the userinfo endpoint
 */
public record OAuthEndpoints(String issuer, String authorize, String token, String jwks, String userinfo) {

    /**
     * The endpoints of an organization.
     *
     * @param base the organization's base URL
     * @return its endpoints
     */
    static OAuthEndpoints of(String base) {
        return new OAuthEndpoints(base + "/oauth2/token", base + "/oauth2/authorize", base + "/oauth2/token",
                base + "/oauth2/jwks", base + "/oauth2/userinfo");
    }
}
