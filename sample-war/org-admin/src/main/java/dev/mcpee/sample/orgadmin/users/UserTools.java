package dev.mcpee.sample.orgadmin.users;

import static dev.mcpee.sample.orgadmin.management.JsonFields.flag;
import static dev.mcpee.sample.orgadmin.management.JsonFields.objects;
import static dev.mcpee.sample.orgadmin.management.JsonFields.text;

import java.util.List;
import java.util.regex.Pattern;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.ToolException;
import dev.mcpee.sample.orgadmin.changes.ChangeLog;
import dev.mcpee.sample.orgadmin.changes.Confirmation;
import dev.mcpee.sample.orgadmin.management.Operation;
import dev.mcpee.sample.orgadmin.management.Organization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Users and their attributes. Creating a user needs scope {@code org-admin:users:write} and role
 * {@code user-admin}; listing claims needs {@code org-admin:claims:read}.
 */
@ApplicationScoped
public class UserTools {

    /** Who may create users, besides the scope. */
    public static final String USER_ADMIN = "user-admin";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}");
    private static final Pattern STORE = Pattern.compile("[A-Za-z0-9_\\-.]{1,50}");

    @Inject
    Organization organization;

    @Inject
    Confirmation confirmation;

    @Inject
    ChangeLog changes;

    /**
     * Creates a user.
     *
     * @return the user
     */
    @McpTool(name = "create_user", title = "Create user", destructiveHint = false, description = "Creates a user"
            + " with a password in a user store of the organization. Confirmed by the user first when the client"
            + " supports elicitation. The password is sent to the organization only, never logged or returned.")
    @RequiresScope("org-admin:users:write")
    @RolesAllowed(USER_ADMIN)
    public CreatedUser createUser(McpContext call,
            @McpArg(name = "username", description = "The user name; an email address in Asgardeo") String username,
            @McpArg(name = "password", description = "An initial password meeting the organization's policy")
            String password,
            @McpArg(name = "email", description = "The user's email") String email,
            @McpArg(name = "first_name", description = "Given name") String firstName,
            @McpArg(name = "last_name", description = "Family name") String lastName,
            @McpArg(name = "userstore_domain", description = "The user store", defaultValue = "\"DEFAULT\"")
            String userstore) {
        if (!EMAIL.matcher(email.strip()).matches()) {
            throw new ToolException("email is not an email address");
        }
        if (username.isBlank() || username.contains("/") || !STORE.matcher(userstore).matches()) {
            throw new ToolException("username must not be blank or contain '/', and userstore_domain is a store"
                    + " name such as DEFAULT");
        }
        String userName = userstore + "/" + username.strip();
        confirmation.confirm(call, "create_user", "user " + userName, "Create user " + userName + " (" + firstName
                + " " + lastName + ", " + email.strip() + ").");
        JsonObject body = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:schemas:core:2.0:User"))
                .add("userName", userName).add("password", password)
                .add("name", Json.createObjectBuilder().add("givenName", firstName).add("familyName", lastName))
                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", email.strip())
                        .add("primary", true))).build();
        JsonObject user = organization.call(Operation.createUsers("create user " + userName),
                () -> organization.users().create(body));
        changes.done("create_user", "user " + text(user, "id") + " (" + userName + ")");
        return new CreatedUser(text(user, "id"), text(user, "userName"), email.strip());
    }

    /**
     * The organization's user attributes.
     *
     * @return the claims
     */
    @McpTool(name = "list_claims", title = "List claims", readOnlyHint = true, destructiveHint = false,
            description = "Lists the organization's user attributes (local claims), for requested claims and"
                    + " access token attributes.")
    @RequiresScope("org-admin:claims:read")
    public List<Claim> listClaims() {
        return objects(organization.call(Operation.viewClaims("list claims"),
                () -> organization.directory().localClaims(true))).stream()
                .map(c -> new Claim(text(c, "claimURI"), text(c, "displayName"), text(c, "description"),
                        flag(c, "required"), flag(c, "readOnly"))).toList();
    }
}
