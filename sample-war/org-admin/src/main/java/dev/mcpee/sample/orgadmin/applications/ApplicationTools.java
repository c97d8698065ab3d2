package dev.mcpee.sample.orgadmin.applications;

import static dev.mcpee.sample.orgadmin.management.JsonFields.array;
import static dev.mcpee.sample.orgadmin.management.JsonFields.objects;
import static dev.mcpee.sample.orgadmin.management.JsonFields.text;

import java.util.List;
import java.util.Optional;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.ToolException;
import dev.mcpee.sample.orgadmin.management.Operation;
import dev.mcpee.sample.orgadmin.management.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** Finding and reading applications: scope {@code org-admin:apps:read}. */
@ApplicationScoped
@RequiresScope("org-admin:apps:read")
public class ApplicationTools {

    /** The largest page the tool asks for. */
    static final int MAX_LIMIT = 100;

    @Inject
    Organization organization;

    @Inject
    ApplicationReader reader;

    /**
     * Lists applications, a page at a time.
     *
     * @param limit  page size
     * @param offset where to start
     * @param nameStartsWith a name prefix
     * @return the page
     */
    @McpTool(name = "list_applications", title = "List applications", readOnlyHint = true, destructiveHint = false,
            description = "Lists the organization's applications (not the system portals), a page at a time.")
    public ApplicationPage listApplications(
            @McpArg(name = "limit", description = "How many, at most 100", defaultValue = "20") int limit,
            @McpArg(name = "offset", description = "How many to skip, from nextOffset of the previous page",
                    defaultValue = "0") int offset,
            @McpArg(name = "name_starts_with", description = "Only applications whose name starts with this")
            Optional<String> nameStartsWith) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new ToolException("limit is 1 to " + MAX_LIMIT + " and offset 0 or more");
        }
        String filter = nameStartsWith.filter(n -> !n.isBlank()).map(n -> "name sw " + n.strip()).orElse(null);
        JsonObject page = organization.call(Operation.viewApplications("list applications"),
                () -> organization.applications().list(limit, offset, filter, "clientId,templateId", true));
        List<ApplicationSummary> apps = objects(array(page, "applications")).stream()
                .map(a -> new ApplicationSummary(text(a, "id"), text(a, "name"), text(a, "clientId"),
                        ApplicationType.of(text(a, "templateId")))).toList();
        int total = page.getInt("totalResults", apps.size());
        Integer next = offset + apps.size() < total && !apps.isEmpty() ? offset + apps.size() : null;
        return new ApplicationPage(total, offset, apps, next);
    }

    /**
     * An application by its name.
     *
     * @param name the exact name
     * @return the application
     */
    @McpTool(name = "get_application_by_name", title = "Application by name", readOnlyHint = true,
            destructiveHint = false, description = "Reads an application, found by its exact name: client id,"
            + " redirect URLs, grants, requested claims, authorized APIs and the organization's OAuth endpoints.")
    public ApplicationDetails getApplicationByName(
            @McpArg(name = "application_name", description = "The application's exact name") String name) {
        return reader.read(reader.find("name", name.strip()));
    }

    /**
     * An application by its client id.
     *
     * @param clientId the OAuth client id
     * @return the application
     */
    @McpTool(name = "get_application_by_client_id", title = "Application by client id", readOnlyHint = true,
            destructiveHint = false, description = "Reads an application, found by its OAuth client id.")
    public ApplicationDetails getApplicationByClientId(
            @McpArg(name = "client_id", description = "The application's OAuth client id") String clientId) {
        return reader.read(reader.find("clientId", clientId.strip()));
    }

    /**
     * The API resources an application may call.
     *
     * @param applicationId the application
     * @return the authorized APIs
     */
    @McpTool(name = "list_authorized_api", title = "Authorized APIs", readOnlyHint = true, destructiveHint = false,
            description = "Lists the API resources an application is authorized for, with the scopes it may ask for.")
    public List<AuthorizedApi> listAuthorizedApi(
            @McpArg(name = "application_id", description = "The application id, from list_applications")
            String applicationId) {
        return ApplicationReader.authorized(organization.call(
                Operation.viewApplications("list the APIs application " + applicationId + " is authorized for"),
                () -> organization.applications().authorizedApis(applicationId)));
    }
}
