package dev.mcpee.sample.orgadmin.applications;

import static dev.mcpee.sample.orgadmin.management.JsonFields.object;

import java.util.List;
import java.util.Optional;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.ToolException;
import dev.mcpee.sample.orgadmin.changes.ChangeLog;
import dev.mcpee.sample.orgadmin.changes.Confirmation;
import dev.mcpee.sample.orgadmin.management.Operation;
import dev.mcpee.sample.orgadmin.management.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Changing applications: scope {@code org-admin:apps:write}. Fields left out stay as they are; each tool returns
 * the application read back after the change. Changing redirect URLs or origins asks the user first.
 */
@ApplicationScoped
@RequiresScope("org-admin:apps:write")
public class ApplicationUpdates {

    @Inject
    Organization organization;

    @Inject
    ApplicationReader reader;

    @Inject
    ChangeLog changes;

    @Inject
    Confirmation confirmation;

    /**
     * Name, description and URLs shown to users.
     *
     * @return the application
     */
    @McpTool(name = "update_application_basic_info", title = "Update application info", destructiveHint = false,
            idempotentHint = true, description = "Changes an application's name, description, logo URL, access URL"
            + " or logout return URL; fields left out stay as they are.")
    public ApplicationDetails updateApplicationBasicInfo(
            @McpArg(name = "application_id", description = "The application id") String id,
            @McpArg(name = "name", description = "New name") Optional<String> name,
            @McpArg(name = "description", description = "New description") Optional<String> description,
            @McpArg(name = "image_url", description = "Logo URL") Optional<String> imageUrl,
            @McpArg(name = "access_url", description = "Where users open the application") Optional<String> accessUrl,
            @McpArg(name = "logout_return_url", description = "Where users land after signing out")
            Optional<String> logoutReturnUrl) {
        JsonObjectBuilder patch = Json.createObjectBuilder();
        name.ifPresent(v -> patch.add("name", v.strip()));
        description.ifPresent(v -> patch.add("description", v));
        imageUrl.ifPresent(v -> patch.add("imageUrl", v.strip()));
        accessUrl.ifPresent(v -> patch.add("accessUrl", v.strip()));
        logoutReturnUrl.ifPresent(v -> patch.add("logoutReturnUrl", v.strip()));
        JsonObject body = patch.build();
        if (body.isEmpty()) {
            throw new ToolException("Nothing to change: give at least one of name, description, image_url,"
                    + " access_url, logout_return_url");
        }
        return patch("update_application_basic_info", id, body);
    }

    /**
     * Requested claims.
     *
     * @return the application
     */
    @McpTool(name = "update_application_claim_config", title = "Update requested claims", idempotentHint = true,
            description = "Replaces the user attributes (local claim URIs, see list_claims) the application asks for.")
    public ApplicationDetails updateApplicationClaimConfig(
            @McpArg(name = "application_id", description = "The application id") String id,
            @McpArg(name = "claims", description = "Local claim URIs, e.g. http://wso2.org/claims/emailaddress")
            List<String> claims) {
        JsonArrayBuilder requested = Json.createArrayBuilder();
        claims.stream().map(String::strip).distinct().forEach(uri -> {
            if (!uri.startsWith("http://wso2.org/claims/")) {
                throw new ToolException("'" + uri + "' is not a local claim URI; list_claims shows them");
            }
            requested.add(Json.createObjectBuilder().add("claim", Json.createObjectBuilder().add("uri", uri))
                    .add("mandatory", false));
        });
        return patch("update_application_claim_config", id, Json.createObjectBuilder().add("claimConfiguration",
                Json.createObjectBuilder().add("dialect", "LOCAL").add("requestedClaims", requested)).build());
    }

    /**
     * OAuth settings.
     *
     * @return the application
     */
    @McpTool(name = "update_application_oauth_config", title = "Update OAuth settings", idempotentHint = true,
            description = "Changes an application's redirect URLs, allowed origins, token lifetimes or access token"
                    + " attributes; fields left out stay as they are. Redirect URL changes are confirmed first.")
    public ApplicationDetails updateApplicationOauthConfig(McpContext call,
            @McpArg(name = "application_id", description = "The application id") String id,
            @McpArg(name = "redirect_urls", description = "All redirect URLs (replaces them)")
            Optional<List<String>> redirectUrls,
            @McpArg(name = "allowed_origins", description = "All allowed origins (replaces them)")
            Optional<List<String>> allowedOrigins,
            @McpArg(name = "user_access_token_expiry_seconds", description = "User access token lifetime")
            Optional<Integer> userTokenSeconds,
            @McpArg(name = "application_access_token_expiry_seconds", description = "Application token lifetime")
            Optional<Integer> appTokenSeconds,
            @McpArg(name = "refresh_token_expiry_seconds", description = "Refresh token lifetime")
            Optional<Integer> refreshSeconds,
            @McpArg(name = "revoke_tokens_when_idp_session_terminated", description = "Revoke tokens at sign-out")
            Optional<Boolean> revokeOnLogout,
            @McpArg(name = "access_token_attributes", description = "User attributes put in access tokens")
            Optional<List<String>> tokenAttributes) {
        ApplicationDetails before = reader.read(id);
        boolean mobile = before.type() == ApplicationType.MOBILE;
        Optional<List<String>> redirects = redirectUrls.map(urls -> urls.stream()
                .map(u -> ApplicationModels.redirect(u, mobile)).distinct().toList());
        redirects.filter(List::isEmpty).ifPresent(u -> {
            throw new ToolException("redirect_urls needs at least one URL");
        });
        for (Optional<Integer> seconds : List.of(userTokenSeconds, appTokenSeconds, refreshSeconds)) {
            if (seconds.isPresent() && (seconds.get() < 60 || seconds.get() > 31_536_000)) {
                throw new ToolException("Token lifetimes are 60 seconds to one year");
            }
        }
        if (redirects.isPresent() || allowedOrigins.isPresent()) {
            confirmation.confirm(call, "update_application_oauth_config", "application " + id,
                    "Application '" + before.name() + "':" + redirects.map(r -> "\n- redirect URLs "
                            + before.redirectUrls() + " become " + r).orElse("")
                            + allowedOrigins.map(o -> "\n- allowed origins " + before.allowedOrigins() + " become "
                            + o).orElse(""));
        }
        Operation update = Operation.updateApplications("update the OAuth settings of application " + id);
        JsonObject oidc = organization.call(Operation.viewApplications("read application " + id),
                () -> organization.applications().oidc(id));
        JsonObjectBuilder next = Json.createObjectBuilder(oidc);
        next.remove("clientSecret"); // read-only: not sent back
        redirects.ifPresent(r -> next.add("callbackURLs", Json.createArrayBuilder()
                .add(ApplicationReader.callbackField(r))));
        allowedOrigins.ifPresent(o -> next.add("allowedOrigins", Json.createArrayBuilder(o)));
        JsonObjectBuilder access = Json.createObjectBuilder(object(oidc, "accessToken"));
        userTokenSeconds.ifPresent(s -> access.add("userAccessTokenExpiryInSeconds", s));
        appTokenSeconds.ifPresent(s -> access.add("applicationAccessTokenExpiryInSeconds", s));
        revokeOnLogout.ifPresent(r -> access.add("revokeTokensWhenIDPSessionTerminated", r));
        tokenAttributes.ifPresent(a -> access.add("accessTokenAttributes", Json.createArrayBuilder(a)));
        next.add("accessToken", access);
        refreshSeconds.ifPresent(s -> next.add("refreshToken", Json.createObjectBuilder(object(oidc, "refreshToken"))
                .add("expiryInSeconds", s)));
        JsonObject body = next.build();
        organization.run(update, () -> organization.applications().replaceOidc(id, body));
        changes.done("update_application_oauth_config", "application " + id + " (" + before.name() + ")");
        return reader.read(id);
    }

    private ApplicationDetails patch(String tool, String id, JsonObject body) {
        organization.run(Operation.updateApplications("update application " + id),
                () -> organization.applications().patch(id, body));
        changes.done(tool, "application " + id);
        return reader.read(id);
    }
}
