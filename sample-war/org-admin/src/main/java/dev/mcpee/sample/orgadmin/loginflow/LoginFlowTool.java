package dev.mcpee.sample.orgadmin.loginflow;

import static dev.mcpee.sample.orgadmin.management.JsonFields.text;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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

/**
 * Sets an application's login flow, from a description in words (planned by the client's model through
 * sampling) or from steps given directly: scope {@code org-admin:apps:write}. Either way the steps are checked
 * against the authenticators the organization has enabled and shown to the user before they are applied.
 */
@ApplicationScoped
@RequiresScope("org-admin:apps:write")
public class LoginFlowTool {

    @Inject
    Organization organization;

    @Inject
    Confirmation confirmation;

    @Inject
    ChangeLog changes;

    /**
     * Sets a login flow.
     *
     * @return the flow applied
     */
    @McpTool(name = "update_login_flow", title = "Update login flow", idempotentHint = true,
            description = "Sets an application's login flow. Give either a description in words (e.g. 'username"
                    + " and password, then email OTP'; the client's model turns it into steps, so the client must"
                    + " support sampling) or the steps themselves. The steps are checked against the"
                    + " organization's enabled authenticators and confirmed by the user before they apply.")
    public LoginFlowResult updateLoginFlow(McpContext call,
            @McpArg(name = "application_id", description = "The application id") String applicationId,
            @McpArg(name = "description", description = "The flow in words") Optional<String> description,
            @McpArg(name = "steps", description = "The flow as steps; each step lists options, one of which the"
                    + " user passes. idp is LOCAL or a connection's name; for a connection the authenticator may"
                    + " be left empty for its default") Optional<List<LoginStep>> steps) {
        if (description.filter(d -> !d.isBlank()).isPresent() == steps.isPresent()) {
            throw new ToolException("Give either description or steps");
        }
        // Before the client's model or the user is asked anything: an unknown application ends the call here.
        String name = text(organization.call(Operation.viewApplications("read application " + applicationId),
                () -> organization.applications().get(applicationId)), "name");
        Authenticators available = Authenticators.of(organization);
        String source = steps.isPresent() ? "given" : "sampled";
        List<LoginStep> proposed = steps.orElseGet(() -> {
            if (!call.canSample()) {
                throw new ToolException("This client cannot run a model for the server (no sampling), so a"
                        + " description cannot be turned into steps here; give steps instead. Available:\n"
                        + available.describe());
            }
            String text = description.get().strip();
            if (text.length() > 2000) {
                throw new ToolException("description is at most 2000 characters");
            }
            return LoginFlowPlanner.plan(call, text, available);
        });
        List<LoginStep> flow = available.check(proposed);
        confirmation.confirm(call, "update_login_flow", "application " + applicationId,
                "Set the login flow of application '" + name + "' (" + applicationId + ") to:\n" + describe(flow));
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < flow.size(); i++) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            flow.get(i).options().forEach(o -> options.add(Json.createObjectBuilder().add("idp", o.idp())
                    .add("authenticator", o.authenticator())));
            list.add(Json.createObjectBuilder().add("id", i + 1).add("options", options));
        }
        JsonObject patch = Json.createObjectBuilder().add("authenticationSequence", Json.createObjectBuilder()
                .add("type", "USER_DEFINED").add("subjectStepId", 1).add("attributeStepId", 1).add("steps", list))
                .build();
        organization.run(Operation.updateApplications("set the login flow of application " + applicationId),
                () -> organization.applications().patch(applicationId, patch));
        changes.done("update_login_flow", "application " + applicationId);
        return new LoginFlowResult(applicationId, flow, source);
    }

    private static String describe(List<LoginStep> flow) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < flow.size(); i++) {
            out.append(i + 1).append(". ").append(flow.get(i).options().stream()
                    .map(o -> o.authenticator() + ("LOCAL".equals(o.idp()) ? "" : " (" + o.idp() + ")"))
                    .collect(Collectors.joining(" or "))).append('\n');
        }
        return out.toString();
    }
}
