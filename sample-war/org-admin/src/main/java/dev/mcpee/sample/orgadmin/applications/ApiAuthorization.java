package dev.mcpee.sample.orgadmin.applications;

import java.util.List;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.ToolException;
import dev.mcpee.sample.orgadmin.apiresources.ApiResource;
import dev.mcpee.sample.orgadmin.apiresources.ApiResourceTools;
import dev.mcpee.sample.orgadmin.apiresources.ApiScope;
import dev.mcpee.sample.orgadmin.changes.ChangeLog;
import dev.mcpee.sample.orgadmin.changes.Confirmation;
import dev.mcpee.sample.orgadmin.management.Operation;
import dev.mcpee.sample.orgadmin.management.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

/**
 * Letting an application call an API: scopes {@code org-admin:apps:write} and {@code org-admin:apis:read}. A
 * privileged change, so the user confirms it first when the client can ask.
 */
@ApplicationScoped
public class ApiAuthorization {

    /** WSO2's authorization policies. */
    public enum Policy {
        /** Role-based: users get the scopes their roles grant. */
        RBAC("RBAC"),
        /** No policy: any user of the application gets the scopes. */
        NO_POLICY("No Policy");

        private final String identifier;

        Policy(String identifier) {
            this.identifier = identifier;
        }
    }

    @Inject
    Organization organization;

    @Inject
    ApiResourceTools apiResources;

    @Inject
    ApplicationReader reader;

    @Inject
    Confirmation confirmation;

    @Inject
    ChangeLog changes;

    /**
     * Authorizes an application for an API resource.
     *
     * @return the APIs the application is authorized for afterwards
     */
    @McpTool(name = "authorize_api", title = "Authorize application for an API", destructiveHint = false,
            idempotentHint = true, description = "Authorizes an application to call an API resource with some of"
            + " its scopes. Confirmed by the user first when the client supports elicitation.")
    @RequiresScope({"org-admin:apps:write", "org-admin:apis:read"})
    public List<AuthorizedApi> authorizeApi(McpContext call,
            @McpArg(name = "application_id", description = "The application id") String applicationId,
            @McpArg(name = "api_identifier", description = "The API resource's identifier") String apiIdentifier,
            @McpArg(name = "policy", description = "RBAC: users get the scopes their roles allow;"
                    + " NO_POLICY: every user of the application gets them", defaultValue = "\"RBAC\"") Policy policy,
            @McpArg(name = "scopes", description = "Scope names of the API resource") List<String> scopes) {
        ApiResource api = apiResources.getApiResourceByIdentifier(apiIdentifier);
        List<String> known = api.scopes().stream().map(ApiScope::name).toList();
        List<String> unknown = scopes.stream().filter(s -> !known.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw new ToolException("API resource " + api.identifier() + " has no scope " + unknown + "; its scopes: "
                    + known);
        }
        ApplicationDetails app = reader.read(applicationId);
        String target = "application " + applicationId + " (" + app.name() + ") for API " + api.identifier();
        confirmation.confirm(call, "authorize_api", target, "Authorize application '" + app.name() + "' to call "
                + api.name() + " (" + api.identifier() + ") with scopes " + scopes + ", policy " + policy + ".");
        organization.run(Operation.updateApplications("authorize application " + applicationId + " for "
                        + api.identifier()), () -> organization.applications().authorizeApi(applicationId,
                Json.createObjectBuilder().add("id", api.id()).add("policyIdentifier", policy.identifier)
                        .add("scopes", Json.createArrayBuilder(scopes)).build()));
        changes.done("authorize_api", target);
        return ApplicationReader.authorized(organization.call(
                Operation.viewApplications("list the APIs application " + applicationId + " is authorized for"),
                () -> organization.applications().authorizedApis(applicationId)));
    }
}
