package dev.mcpee.sample.orgadmin.standin;

import static dev.mcpee.sample.orgadmin.standin.StandInJson.array;
import static dev.mcpee.sample.orgadmin.standin.StandInJson.text;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rest of what the tools call: WSO2's API Resource Management API, its authenticators, the authenticators
 * of its one connection and its local claims (read only), and SCIM 2.0 user creation (RFC 7644 section 3.3).
 */
final class DirectoryRoutes {

    private static final String RESOURCES = "/api/server/v1/api-resources";

    private final StandInOrganization org;
    private final String baseUrl;

    /** @param baseUrl the organization's base URL, e.g. {@code http://127.0.0.1:9500/t/standin} */
    DirectoryRoutes(StandInOrganization org, String baseUrl) {
        this.org = org;
        this.baseUrl = baseUrl;
    }

    List<StandInRoute> routes() {
        return List.of(StandInRoute.of("GET", RESOURCES, "internal_api_resource_view", (r, p) -> listApiResources(r)),
                StandInRoute.of("GET", RESOURCES + "/{id}", "internal_api_resource_view", (r, p) -> apiResource(p.get(0))),
                StandInRoute.of("POST", RESOURCES, "internal_api_resource_create", (r, p) -> createApiResource(r.json())),
                StandInRoute.of("GET", "/api/server/v1/authenticators", "internal_authenticator_view",
                        (r, p) -> StandInResponse.json(200, org.authenticators())),
                StandInRoute.of("GET", "/api/server/v1/identity-providers/{id}/federated-authenticators",
                        "internal_idp_view", (r, p) -> connection(p.get(0))),
                StandInRoute.of("GET", "/api/server/v1/claim-dialects/local/claims", "internal_claim_meta_view",
                        (r, p) -> StandInResponse.json(200, org.localClaims())),
                StandInRoute.of("POST", "/scim2/Users", "internal_user_mgt_create", (r, p) -> createUser(r.json())));
    }

    // Cursor paging as WSO2 does it: "after" and "before" are base64 of the last/first position seen.
    private StandInResponse listApiResources(StandInRequest request) {
        List<JsonObject> matching;
        try {
            String filter = request.query("filter");
            matching = org.apiResources.values().stream()
                    .filter(a -> StandInJson.matches(a, filter, List.of("name", "identifier", "type"))).toList();
        } catch (IllegalArgumentException badFilter) {
            return StandInResponse.error(400, "Invalid filter.", badFilter.getMessage());
        }
        int limit = Math.max(1, request.queryInt("limit", 10));
        int start = 0;
        if (request.query("after") != null) {
            start = cursor(request.query("after")) + 1;
        } else if (request.query("before") != null) {
            start = Math.max(0, cursor(request.query("before")) - limit);
        }
        List<JsonObject> page = matching.stream().skip(start).limit(limit).toList();
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.forEach(a -> items.add(StandInJson.pick(a, List.of("id", "name", "identifier", "type",
                "requiresAuthorization", "self"))));
        JsonArrayBuilder links = Json.createArrayBuilder();
        if (start + page.size() < matching.size()) {
            links.add(Json.createObjectBuilder().add("rel", "next")
                    .add("href", "/api/server/v1/api-resources?limit=" + limit + "&after=" + cursor(start + page.size() - 1)));
        }
        if (start > 0) {
            links.add(Json.createObjectBuilder().add("rel", "previous")
                    .add("href", "/api/server/v1/api-resources?limit=" + limit + "&before=" + cursor(start)));
        }
        return StandInResponse.json(200, Json.createObjectBuilder().add("totalResults", matching.size())
                .add("APIResources", items).add("links", links).build());
    }

    private static int cursor(String value) {
        try {
            return Integer.parseInt(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8).strip());
        } catch (IllegalArgumentException notACursor) {
            return -1;
        }
    }

    private static String cursor(int position) {
        return Base64.getEncoder().encodeToString(String.valueOf(position).getBytes(StandardCharsets.UTF_8));
    }

    private StandInResponse apiResource(String id) {
        JsonObject resource = org.apiResources.get(id);
        return resource == null ? StandInResponse.error(404, "API resource not found.",
                "An API resource with the id " + id + " does not exist.") : StandInResponse.json(200, resource);
    }

    private StandInResponse connection(String id) {
        JsonObject authenticators = org.federatedAuthenticators(id);
        return authenticators == null ? StandInResponse.error(404, "Identity provider not found.",
                "An identity provider with the id " + id + " does not exist.")
                : StandInResponse.json(200, authenticators);
    }

    private StandInResponse createApiResource(JsonObject creation) {
        String identifier = text(creation, "identifier");
        if (org.apiResources.values().stream().anyMatch(a -> identifier.equals(text(a, "identifier")))) {
            return StandInResponse.error(409, "API resource already exists.",
                    "An API resource with the identifier " + identifier + " already exists.");
        }
        // Scope names are unique in the whole organization, not only in one API resource.
        Set<String> taken = org.apiResources.values().stream().flatMap(a -> array(a, "scopes")
                .getValuesAs(JsonObject.class).stream()).map(s -> text(s, "name")).collect(Collectors.toSet());
        for (JsonObject scope : array(creation, "scopes").getValuesAs(JsonObject.class)) {
            if (taken.contains(text(scope, "name"))) {
                return StandInResponse.error(409, "Scope already exists.",
                        "A scope with the name " + text(scope, "name") + " already exists in the organization.");
            }
        }
        JsonObject resource = org.addApiResource(creation);
        return StandInResponse.json(201, resource)
                .with("Location", baseUrl + "/api/server/v1/api-resources/" + text(resource, "id"));
    }

    private StandInResponse createUser(JsonObject user) {
        String userName = text(user, "userName");
        if (org.users.stream().anyMatch(u -> userName.equalsIgnoreCase(text(u, "userName")))) {
            return StandInResponse.scimError(409, "uniqueness", "User name " + userName + " is already taken.");
        }
        String id = UUID.randomUUID().toString();
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String location = baseUrl + "/scim2/Users/" + id;
        JsonObject stored = Json.createObjectBuilder(user).add("id", id).add("meta", Json.createObjectBuilder()
                .add("resourceType", "User").add("created", now).add("lastModified", now).add("location", location))
                .build();
        org.users.add(stored);
        // RFC 7643 section 4.1.1: the password is writeOnly, never returned.
        return StandInResponse.scim(201, Json.createObjectBuilder(stored).remove("password").build())
                .with("Location", location);
    }
}
