package dev.mcpee.sample.orgadmin.management;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the organization is and how the server signs in to it, from MicroProfile Config. The client secret is
 * kept here only to build the token request; it is never logged or shown (see {@link #toString()}).
 */
@ApplicationScoped
public class OrganizationSettings {

    /** The Management API scopes the server's own M2M application needs for every tool: the narrowest set. */
    public static final String NARROWEST_SCOPES = "internal_application_mgt_view internal_application_mgt_create"
            + " internal_application_mgt_update internal_api_resource_view internal_api_resource_create"
            + " internal_authenticator_view internal_idp_view internal_user_mgt_create internal_claim_meta_view";

    @Inject
    @ConfigProperty(name = "orgadmin.base-url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "orgadmin.token-url")
    Optional<String> tokenUrl;

    @Inject
    @ConfigProperty(name = "orgadmin.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "orgadmin.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "orgadmin.m2m.scopes", defaultValue = NARROWEST_SCOPES)
    String scopes;

    @Inject
    @ConfigProperty(name = "orgadmin.timeout", defaultValue = "PT10S")
    String timeout;

    /**
     * The organization's base URL, e.g. {@code https://api.asgardeo.io/t/myorg}.
     *
     * @return the URL, without a trailing slash
     * @throws OrganizationException naming the key when it is missing or not an http(s) URL
     */
    public URI baseUrl() {
        return url("orgadmin.base-url", baseUrl.map(OrganizationSettings::trimSlash));
    }

    /**
     * The organization's token endpoint: {@code orgadmin.token-url}, or {@code <base-url>/oauth2/token}.
     *
     * @return the URL
     */
    public URI tokenUrl() {
        return tokenUrl.isPresent() ? url("orgadmin.token-url", tokenUrl) : URI.create(baseUrl() + "/oauth2/token");
    }

    /**
     * The server's M2M application's client id.
     *
     * @return the id
     */
    public String clientId() {
        return required("orgadmin.client-id", clientId);
    }

    /**
     * The M2M application's secret.
     *
     * @return the secret
     */
    String clientSecret() {
        return required("orgadmin.client-secret", clientSecret);
    }

    /**
     * The scopes the server asks its token for.
     *
     * @return space-delimited scopes
     */
    public String scopes() {
        return scopes.trim();
    }

    /**
     * How long a Management API call may take to connect, and then to answer.
     *
     * @return the timeout
     */
    public Duration timeout() {
        try {
            return Duration.parse(timeout.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new OrganizationException("ORGADMIN-001: orgadmin.timeout is '" + timeout + "', not an ISO-8601"
                    + " duration; set it to e.g. PT10S");
        }
    }

    private static URI url(String key, Optional<String> value) {
        String v = value.filter(s -> !s.isBlank()).orElseThrow(() -> missing(key));
        URI uri;
        try {
            uri = URI.create(v.trim());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("https".equals(uri.getScheme())
                || "http".equals(uri.getScheme()))) {
            throw new OrganizationException("ORGADMIN-002: " + key + " is '" + v + "', not an http(s) URL; set it to"
                    + " e.g. https://api.asgardeo.io/t/<organization>");
        }
        return uri;
    }

    private static String required(String key, Optional<String> value) {
        return value.filter(s -> !s.isBlank()).map(String::trim).orElseThrow(() -> missing(key));
    }

    private static OrganizationException missing(String key) {
        return new OrganizationException("ORGADMIN-003: " + key + " is not set; set it in MicroProfile Config"
                + " (server.xml variable, environment variable or system property) to the value of the server's"
                + " M2M application in the organization (see the org-admin section of the README)");
    }

    private static String trimSlash(String s) {
        String t = s.trim();
        return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }

    @Override
    public String toString() {
        return "OrganizationSettings[baseUrl=" + baseUrl.orElse("(unset)") + ", clientId=" + clientId.orElse("(unset)")
                + ", clientSecret=" + (clientSecret.isPresent() ? "(set)" : "(unset)") + "]";
    }
}
