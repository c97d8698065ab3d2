package dev.mcpee.sample.orgadmin.applications;

import java.net.URI;

import dev.mcpee.api.ToolException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The application models the create tools send: the settings the Asgardeo console gives an application of each
 * template (public clients with PKCE, confidential ones without; JWT access tokens, one hour).
 */
final class ApplicationModels {

    private static final String USERNAME_CLAIM = "http://wso2.org/claims/username";

    private ApplicationModels() {
    }

    /**
     * The model of a new application.
     *
     * @param type     the template
     * @param name     the name
     * @param redirect the redirect URL, null for M2M
     * @return the model
     */
    static JsonObject of(ApplicationType type, String name, String redirect) {
        JsonObjectBuilder app = Json.createObjectBuilder().add("name", name).add("templateId", type.templateId())
                .add("associatedRoles", Json.createObjectBuilder().add("allowedAudience", "APPLICATION")
                        .add("roles", Json.createArrayBuilder()));
        if (type == ApplicationType.M2M) {
            return app.add("inboundProtocolConfiguration", Json.createObjectBuilder().add("oidc",
                    Json.createObjectBuilder().add("grantTypes", Json.createArrayBuilder().add("client_credentials"))
                            .add("publicClient", false))).build();
        }
        boolean browser = type != ApplicationType.SSR_WEB;
        JsonArrayBuilder grants = Json.createArrayBuilder().add("authorization_code");
        if (browser) {
            grants.add("refresh_token");
        }
        JsonObjectBuilder oidc = Json.createObjectBuilder().add("grantTypes", grants)
                .add("callbackURLs", Json.createArrayBuilder().add(redirect))
                .add("allowedOrigins", type == ApplicationType.SPA
                        ? Json.createArrayBuilder().add(origin(redirect)) : Json.createArrayBuilder())
                .add("publicClient", browser)
                .add("refreshToken", Json.createObjectBuilder().add("expiryInSeconds", 86400)
                        .add("renewRefreshToken", true))
                .add("accessToken", Json.createObjectBuilder().add("type", "JWT")
                        .add("userAccessTokenExpiryInSeconds", 3600).add("applicationAccessTokenExpiryInSeconds", 3600)
                        .add("bindingType", type == ApplicationType.SPA ? "sso-session"
                                : type == ApplicationType.SSR_WEB ? "cookie" : "None")
                        .add("revokeTokensWhenIDPSessionTerminated", type != ApplicationType.MOBILE)
                        .add("validateTokenBinding", false));
        if (browser) {
            oidc.add("pkce", Json.createObjectBuilder().add("mandatory", true).add("supportPlainTransformAlgorithm",
                    false));
        }
        return app.add("advancedConfigurations", Json.createObjectBuilder().add("discoverableByEndUsers", false)
                        .add("skipLoginConsent", true).add("skipLogoutConsent", true))
                .add("authenticationSequence", Json.createObjectBuilder().add("type", "DEFAULT")
                        .add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", 1)
                                .add("options", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                        .add("idp", "LOCAL").add("authenticator", "BasicAuthenticator"))))))
                .add("claimConfiguration", Json.createObjectBuilder().add("dialect", "LOCAL")
                        .add("requestedClaims", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("claim", Json.createObjectBuilder().add("uri", USERNAME_CLAIM)))))
                .add("inboundProtocolConfiguration", Json.createObjectBuilder().add("oidc", oidc)).build();
    }

    /**
     * Checks a redirect URL: absolute, http(s) (http only for localhost) or a custom scheme for mobile apps.
     *
     * @param url    the URL
     * @param mobile whether custom schemes (e.g. {@code com.example.app:/callback}) are allowed
     * @return the URL
     */
    static String redirect(String url, boolean mobile) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new ToolException("redirect_url is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        if (uri.getFragment() != null || scheme.isEmpty()
                || (scheme.equals("http") && !local) || (!scheme.startsWith("http") && !mobile)) {
            throw new ToolException("redirect_url must be an absolute https URL without a fragment (http only for"
                    + " localhost" + (mobile ? "; or an app scheme such as com.example.app:/callback)" : ")"));
        }
        return uri.toString();
    }

    private static String origin(String redirect) {
        URI uri = URI.create(redirect);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
