package dev.mcpee.sample.orgadmin.applications;

import java.util.List;

/**
 * An application as a developer needs it to wire up their code. The client secret of a confidential client is
 * never shown: read it in the console.
 *
 * @param id              the application id
 * @param name            its name
 * @param description     its description, or empty
 * @param type            the template it was created from
 * @param clientId        its OAuth client id
 * @param publicClient    whether it is a public client (no secret; PKCE)
 * @param grantTypes      the grants it may use
 * @param redirectUrls    its redirect (callback) URLs
 * @param allowedOrigins  origins allowed to call the token endpoint from a browser
 * @param requestedClaims the local claim URIs it asks for
 * @param authorizedApis  the API resources it may call, with their scopes
 * @param endpoints       the organization's OAuth endpoints
 */
public record ApplicationDetails(String id, String name, String description, ApplicationType type,
                                 String clientId, boolean publicClient, List<String> grantTypes,
                                 List<String> redirectUrls, List<String> allowedOrigins,
                                 List<String> requestedClaims, List<AuthorizedApi> authorizedApis,
                                 OAuthEndpoints endpoints) {
}
