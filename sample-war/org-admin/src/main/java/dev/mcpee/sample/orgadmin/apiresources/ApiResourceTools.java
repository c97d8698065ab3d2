package dev.mcpee.sample.orgadmin.apiresources;

import static dev.mcpee.sample.orgadmin.management.JsonFields.array;
import static dev.mcpee.sample.orgadmin.management.JsonFields.objects;
import static dev.mcpee.sample.orgadmin.management.JsonFields.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.ToolException;
import dev.mcpee.sample.orgadmin.changes.ChangeLog;
import dev.mcpee.sample.orgadmin.management.Operation;
import dev.mcpee.sample.orgadmin.management.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** API resources: reading them needs {@code org-admin:apis:read}, creating one {@code org-admin:apis:write}. */
@ApplicationScoped
@RequiresScope("org-admin:apis:read")
public class ApiResourceTools {

    /** What a filter may say: an attribute, one of WSO2's operators, a value. */
    private static final Pattern FILTER = Pattern.compile("(name|identifier) (eq|sw|ew|co) [^\"]{1,200}");
    private static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9_:.\\-/]{1,100}");

    @Inject
    Organization organization;

    @Inject
    ChangeLog changes;

    /**
     * Lists API resources.
     *
     * @return a page
     */
    @McpTool(name = "list_api_resources", title = "List API resources", readOnlyHint = true, destructiveHint = false,
            description = "Lists the organization's API resources, a page at a time, optionally filtered.")
    public ApiResourcePage listApiResources(
            @McpArg(name = "filter", description = "e.g. 'name sw Orders' or 'identifier eq https://api.example.com'."
                    + " Operators: eq, sw, ew, co") Optional<String> filter,
            @McpArg(name = "limit", description = "How many, at most 100", defaultValue = "20") int limit,
            @McpArg(name = "after", description = "The cursor of the next page, from the previous page's after")
            Optional<String> after) {
        String f = filter.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (f != null && !FILTER.matcher(f).matches()) {
            throw new ToolException("filter is '<name|identifier> <eq|sw|ew|co> <value>', without quotes");
        }
        if (limit < 1 || limit > 100) {
            throw new ToolException("limit is 1 to 100");
        }
        return page(f, limit, after.filter(a -> !a.isBlank()).orElse(null));
    }

    /**
     * Finds API resources by name.
     *
     * @return the matches
     */
    @McpTool(name = "search_api_resources_by_name", title = "Search API resources", readOnlyHint = true,
            destructiveHint = false, description = "Finds API resources whose name contains the given text.")
    public ApiResourcePage searchApiResourcesByName(
            @McpArg(name = "name", description = "Part of the name") String name) {
        if (name.isBlank() || name.contains("\"")) {
            throw new ToolException("Give part of a name, without quotes");
        }
        return page("name co " + name.strip(), 100, null);
    }

    /**
     * One API resource with its scopes.
     *
     * @return the resource
     */
    @McpTool(name = "get_api_resource_by_identifier", title = "API resource by identifier", readOnlyHint = true,
            destructiveHint = false, description = "Reads an API resource, with its scopes, by its identifier.")
    public ApiResource getApiResourceByIdentifier(
            @McpArg(name = "identifier", description = "e.g. https://api.example.com/orders") String identifier) {
        return ApiResource.of(organization.call(Operation.viewApiResources("read API resource " + identifier),
                () -> organization.apiResources().get(idOf(identifier.strip()))));
    }

    /**
     * Creates an API resource.
     *
     * @return the resource
     */
    @McpTool(name = "create_api_resource", title = "Create API resource", destructiveHint = false,
            description = "Registers an API of the organization's with its scopes, so applications can be"
                    + " authorized for it (authorize_api).")
    @RequiresScope("org-admin:apis:write")
    public ApiResource createApiResource(
            @McpArg(name = "identifier", description = "The API's identifier, its tokens' audience, e.g."
                    + " https://api.example.com/orders") String identifier,
            @McpArg(name = "name", description = "Display name") String name,
            @McpArg(name = "requires_authorization", description = "Whether applications must be authorized first",
                    defaultValue = "true") boolean requiresAuthorization,
            @McpArg(name = "scopes", description = "Its scopes", defaultValue = "[]") List<NewScope> scopes) {
        if (identifier.isBlank() || name.isBlank()) {
            throw new ToolException("identifier and name must not be blank");
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (NewScope s : scopes) {
            if (s.name() == null || !SCOPE.matcher(s.name()).matches()) {
                throw new ToolException("Scope names are 1 to 100 letters, digits or _ : . - /");
            }
            list.add(Json.createObjectBuilder().add("name", s.name())
                    .add("displayName", s.displayName().orElse(s.name()))
                    .add("description", s.description().orElse("")));
        }
        JsonObject body = Json.createObjectBuilder().add("identifier", identifier.strip()).add("name", name.strip())
                .add("requiresAuthorization", requiresAuthorization).add("scopes", list).build();
        ApiResource created = ApiResource.of(organization.call(
                Operation.createApiResources("create API resource " + identifier),
                () -> organization.apiResources().create(body)));
        changes.done("create_api_resource", "API resource " + created.id() + " (" + created.identifier() + ")");
        return created;
    }

    /**
     * The id of the API resource with this identifier.
     *
     * @param identifier the identifier
     * @return its id
     */
    public String idOf(String identifier) {
        if (identifier.isBlank() || identifier.contains("\"")) {
            throw new ToolException("Give an API resource identifier without quotes");
        }
        JsonObject page = organization.call(Operation.viewApiResources("find API resource " + identifier),
                () -> organization.apiResources().list("identifier eq " + identifier, 10, null));
        return objects(items(page)).stream().filter(r -> identifier.equals(text(r, "identifier")))
                .map(r -> text(r, "id")).findFirst().orElseThrow(() -> new ToolException("No API resource has the"
                        + " identifier '" + identifier + "'; list_api_resources shows them"));
    }

    private ApiResourcePage page(String filter, int limit, String after) {
        JsonObject page = organization.call(Operation.viewApiResources("list API resources"),
                () -> organization.apiResources().list(filter, limit, after));
        List<ApiResource> resources = objects(items(page)).stream().map(ApiResource::of).toList();
        String next = objects(array(page, "links")).stream().filter(l -> "next".equals(text(l, "rel")))
                .map(l -> text(l, "href")).map(ApiResourceTools::afterOf).filter(a -> !a.isEmpty()).findFirst()
                .orElse(null);
        return new ApiResourcePage(page.getInt("totalResults", resources.size()), resources, next);
    }

    /**
     * The items of a list answer: WSO2's published document names them {@code APIResources}; the field is read
     * under that name and, should a server answer in the camel case its other lists use, {@code apiResources}.
     */
    private static jakarta.json.JsonArray items(JsonObject page) {
        return page.containsKey("APIResources") ? array(page, "APIResources") : array(page, "apiResources");
    }

    private static String afterOf(String href) {
        int i = href.indexOf("after=");
        if (i < 0) {
            return "";
        }
        String rest = href.substring(i + 6);
        int end = rest.indexOf('&');
        return java.net.URLDecoder.decode(end < 0 ? rest : rest.substring(0, end),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
