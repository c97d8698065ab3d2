package dev.mcpee.sample.orgadmin.standin;

import static dev.mcpee.sample.orgadmin.standin.StandInJson.array;
import static dev.mcpee.sample.orgadmin.standin.StandInJson.object;
import static dev.mcpee.sample.orgadmin.standin.StandInJson.text;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** WSO2's Application Management API ({@code /api/server/v1/applications}), the operations the tools use. */
final class ApplicationRoutes {

    private static final String VIEW = "internal_application_mgt_view";
    private static final String CREATE = "internal_application_mgt_create";
    private static final String UPDATE = "internal_application_mgt_update";
    private static final String APPS = "/api/server/v1/applications";
    /** What {@code ApplicationPatchModel} may change. */
    private static final List<String> PATCHABLE = List.of("name", "description", "applicationVersion", "imageUrl",
            "accessUrl", "logoutReturnUrl", "templateId", "templateVersion", "enhancedOrgAuthenticationEnabled",
            "applicationEnabled", "associatedRoles", "claimConfiguration", "authenticationSequence",
            "advancedConfigurations", "provisioningConfigurations");
    /** What {@code ApplicationResponseModel} takes over from the stored model as it is. */
    private static final List<String> AS_STORED = List.of("id", "name", "description", "applicationVersion",
            "imageUrl", "accessUrl", "logoutReturnUrl", "templateId", "templateVersion", "claimConfiguration",
            "authenticationSequence", "provisioningConfigurations");
    /** What the list's {@code attributes} may add to an item. */
    private static final Set<String> LIST_ATTRIBUTES = Set.of("advancedConfigurations", "templateId",
            "templateVersion", "clientId", "issuer", "associatedRoles.allowedAudience");

    private final StandInOrganization org;
    private final String apiUrl;
    private final String apiPath;

    /**
     * @param apiUrl  e.g. {@code http://127.0.0.1:9500/t/standin/api/server/v1}, for {@code Location}
     * @param apiPath e.g. {@code /t/standin/api/server/v1}, for {@code self}
     */
    ApplicationRoutes(StandInOrganization org, String apiUrl, String apiPath) {
        this.org = org;
        this.apiUrl = apiUrl;
        this.apiPath = apiPath;
    }

    List<StandInRoute> routes() {
        return List.of(StandInRoute.of("GET", APPS, VIEW, (r, p) -> list(r)),
                StandInRoute.of("POST", APPS, CREATE, (r, p) -> create(r)),
                StandInRoute.of("GET", APPS + "/{id}", VIEW, (r, p) -> known(p, this::get)),
                StandInRoute.of("PATCH", APPS + "/{id}", UPDATE, (r, p) -> known(p, app -> patch(app, r.json()))),
                StandInRoute.of("GET", APPS + "/{id}/inbound-protocols/oidc", VIEW, (r, p) -> known(p, this::oidc)),
                StandInRoute.of("PUT", APPS + "/{id}/inbound-protocols/oidc", UPDATE,
                        (r, p) -> known(p, app -> replaceOidc(app, r.json()))),
                StandInRoute.of("GET", APPS + "/{id}/authorized-apis", VIEW, (r, p) -> known(p, this::authorizedApis)),
                StandInRoute.of("POST", APPS + "/{id}/authorized-apis", UPDATE,
                        (r, p) -> known(p, app -> authorize(app, r.json()))));
    }

    private StandInResponse known(List<String> parameters, java.util.function.Function<JsonObject, StandInResponse> then) {
        JsonObject app = org.applications.get(parameters.get(0));
        return app == null ? StandInResponse.error(404, "Application not found.",
                "An application with the id " + parameters.get(0) + " does not exist.") : then.apply(app);
    }

    private StandInResponse list(StandInRequest request) {
        int limit = request.queryInt("limit", 30);
        int offset = request.queryInt("offset", 0);
        String attributes = request.query("attributes");
        Set<String> extra = attributes == null ? Set.of() : Arrays.stream(attributes.split(","))
                .map(String::strip).filter(LIST_ATTRIBUTES::contains).collect(Collectors.toSet());
        List<JsonObject> matching;
        try {
            String filter = request.query("filter");
            matching = org.applications.values().stream().filter(a -> StandInJson.matches(withClientId(a), filter,
                    List.of("name", "clientId", "issuer"))).toList();
        } catch (IllegalArgumentException badFilter) {
            return StandInResponse.error(400, "Invalid filter.", badFilter.getMessage());
        }
        JsonArrayBuilder page = Json.createArrayBuilder();
        matching.stream().skip(offset).limit(limit).forEach(app -> page.add(item(app, extra)));
        int count = Math.max(0, Math.min(limit, matching.size() - offset));
        JsonArrayBuilder links = Json.createArrayBuilder();
        if (offset + limit < matching.size()) {
            links.add(link("next", offset + limit, limit));
        }
        if (offset > 0) {
            links.add(link("previous", Math.max(0, offset - limit), limit));
        }
        return StandInResponse.json(200, Json.createObjectBuilder().add("totalResults", matching.size())
                .add("startIndex", offset + 1).add("count", count).add("applications", page).add("links", links).build());
    }

    private JsonObject item(JsonObject app, Set<String> extra) {
        JsonObject view = withClientId(app);
        JsonObjectBuilder item = Json.createObjectBuilder(StandInJson.pick(view, List.of("id", "name", "description",
                "accessUrl"))).add("access", "WRITE").add("self", apiPath + "/applications/" + text(app, "id"));
        if (!text(app, "imageUrl").isEmpty()) {
            item.add("image", text(app, "imageUrl"));
        }
        for (String attribute : List.of("advancedConfigurations", "templateId", "templateVersion", "clientId")) {
            if (extra.contains(attribute) && view.containsKey(attribute)) {
                item.add(attribute, view.get(attribute));
            }
        }
        if (extra.contains("associatedRoles.allowedAudience")) {
            item.add("associatedRoles", Json.createObjectBuilder().add("allowedAudience",
                    text(associatedRoles(app), "allowedAudience")));
        }
        return item.build();
    }

    private JsonObject link(String rel, int offset, int limit) {
        return Json.createObjectBuilder().add("href", "applications?offset=" + offset + "&limit=" + limit)
                .add("rel", rel).build();
    }

    private StandInResponse create(StandInRequest request) {
        JsonObject model = request.json();
        String name = text(model, "name");
        if (org.applicationNamed(name) != null) {
            return StandInResponse.error(409, "Application already exists.",
                    "Application with the name " + name + " already exists.");
        }
        String id = org.addApplication(Json.createObjectBuilder(model).remove("id").build());
        return StandInResponse.empty(201).with("Location", apiUrl + "/applications/" + id);
    }

    private StandInResponse get(JsonObject app) {
        JsonObject oidc = org.oidcOf(app);
        JsonObjectBuilder model = Json.createObjectBuilder(StandInJson.pick(app, AS_STORED))
                .add("isManagementApp", app.getBoolean("isManagementApp", false))
                .add("isB2BSelfServiceApp", app.getBoolean("isB2BSelfServiceApp", false))
                .add("applicationEnabled", app.getBoolean("applicationEnabled", true))
                .add("associatedRoles", associatedRoles(app))
                .add("advancedConfigurations", StandInJson.merge(Json.createObjectBuilder().add("saas", false)
                        .add("discoverableByEndUsers", false).add("skipLoginConsent", false)
                        .add("skipLogoutConsent", false).add("returnAuthenticatedIdpList", false)
                        .add("enableAuthorization", false).add("fragment", false)
                        .add("enableAPIBasedAuthentication", false).build(), object(app, "advancedConfigurations")))
                .add("access", "WRITE");
        JsonArrayBuilder protocols = Json.createArrayBuilder();
        if (oidc != null) {
            model.add("clientId", text(oidc, "clientId"));
            protocols.add(Json.createObjectBuilder().add("type", "oauth2").add("name", "oidc")
                    .add("self", apiPath + "/applications/" + text(app, "id") + "/inbound-protocols/oidc"));
        }
        return StandInResponse.json(200, model.add("inboundProtocols", protocols).build());
    }

    private StandInResponse patch(JsonObject app, JsonObject patch) {
        String name = text(patch, "name");
        JsonObject named = name.isEmpty() ? null : org.applicationNamed(name);
        if (named != null && named != app) {
            return StandInResponse.error(409, "Application already exists.",
                    "Application with the name " + name + " already exists.");
        }
        JsonObjectBuilder patched = Json.createObjectBuilder(app);
        PATCHABLE.stream().filter(patch::containsKey).forEach(field -> patched.add(field, patch.get(field)));
        org.putApplication(text(app, "id"), patched.build());
        return StandInResponse.empty(200);
    }

    private StandInResponse oidc(JsonObject app) {
        JsonObject oidc = org.oidcOf(app);
        return oidc == null ? StandInResponse.error(404, "Inbound protocol not found.",
                "The application " + text(app, "id") + " has no OpenID Connect configuration.")
                : StandInResponse.json(200, oidc);
    }

    private StandInResponse replaceOidc(JsonObject app, JsonObject config) {
        JsonObject old = org.oidcOf(app);
        JsonObject replaced = org.oidc(config, old == null ? JsonObject.EMPTY_JSON_OBJECT : old);
        org.putApplication(text(app, "id"), Json.createObjectBuilder(app).add("inboundProtocolConfiguration",
                Json.createObjectBuilder(object(app, "inboundProtocolConfiguration")).add("oidc", replaced)).build());
        return StandInResponse.empty(200);
    }

    private StandInResponse authorizedApis(JsonObject app) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JsonObject authorization : org.authorizedApis.get(text(app, "id"))) {
            JsonObject api = org.apiResources.get(text(authorization, "id"));
            Set<String> granted = array(authorization, "scopes").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).collect(Collectors.toSet());
            JsonArrayBuilder scopes = Json.createArrayBuilder();
            array(api, "scopes").getValuesAs(JsonObject.class).stream().filter(s -> granted.contains(text(s, "name")))
                    .forEach(s -> scopes.add(StandInJson.pick(s, List.of("id", "name", "displayName"))));
            all.add(Json.createObjectBuilder().add("id", text(api, "id")).add("identifier", text(api, "identifier"))
                    .add("displayName", text(api, "name")).add("policyId", text(authorization, "policyIdentifier"))
                    .add("type", text(api, "type")).add("authorizedScopes", scopes));
        }
        return StandInResponse.json(200, all.build());
    }

    private StandInResponse authorize(JsonObject app, JsonObject authorization) {
        JsonObject api = org.apiResources.get(text(authorization, "id"));
        if (api == null) {
            return StandInResponse.error(400, "Invalid API resource.",
                    "No API resource has the id " + text(authorization, "id") + ".");
        }
        Set<String> offered = array(api, "scopes").getValuesAs(JsonObject.class).stream().map(s -> text(s, "name"))
                .collect(Collectors.toSet());
        for (JsonString scope : array(authorization, "scopes").getValuesAs(JsonString.class)) {
            if (!offered.contains(scope.getString())) {
                return StandInResponse.error(400, "Invalid scope.", "The API resource " + text(api, "identifier")
                        + " has no scope " + scope.getString() + ".");
            }
        }
        List<JsonObject> authorized = org.authorizedApis.get(text(app, "id"));
        if (authorized.stream().anyMatch(a -> text(a, "id").equals(text(api, "id")))) {
            return StandInResponse.error(409, "API already authorized.", "The application is already authorized for "
                    + text(api, "identifier") + ".");
        }
        String policy = text(authorization, "policyIdentifier");
        authorized.add(Json.createObjectBuilder(authorization).add("policyIdentifier", policy.isEmpty() ? "RBAC" : policy)
                .add("scopes", array(authorization, "scopes")).build());
        return StandInResponse.empty(200);
    }

    private JsonObject withClientId(JsonObject app) {
        JsonObject oidc = org.oidcOf(app);
        return oidc == null ? app : Json.createObjectBuilder(app).add("clientId", text(oidc, "clientId")).build();
    }

    private static JsonObject associatedRoles(JsonObject app) {
        return StandInJson.merge(Json.createObjectBuilder().add("allowedAudience", "ORGANIZATION")
                .add("roles", JsonObject.EMPTY_JSON_ARRAY).build(), object(app, "associatedRoles"));
    }
}
