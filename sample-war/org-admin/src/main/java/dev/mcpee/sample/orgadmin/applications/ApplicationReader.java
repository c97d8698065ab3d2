package dev.mcpee.sample.orgadmin.applications;

import static dev.mcpee.sample.orgadmin.management.JsonFields.array;
import static dev.mcpee.sample.orgadmin.management.JsonFields.flag;
import static dev.mcpee.sample.orgadmin.management.JsonFields.object;
import static dev.mcpee.sample.orgadmin.management.JsonFields.objects;
import static dev.mcpee.sample.orgadmin.management.JsonFields.strings;
import static dev.mcpee.sample.orgadmin.management.JsonFields.text;

import java.util.Arrays;
import java.util.List;

import dev.mcpee.api.ToolException;
import dev.mcpee.sample.orgadmin.management.Operation;
import dev.mcpee.sample.orgadmin.management.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Finds applications and reads them into {@link ApplicationDetails}: the reads every application tool shares. */
@ApplicationScoped
public class ApplicationReader {

    /** How WSO2 stores several redirect URLs in one field. */
    private static final String REGEXP = "regexp=(";

    @Inject
    Organization organization;

    /**
     * The id of the application with exactly this name or client id.
     *
     * @param field {@code name} or {@code clientId}
     * @param value the name or client id
     * @return the application id
     * @throws ToolException when there is none
     */
    public String find(String field, String value) {
        if (value.isBlank() || value.contains("\"")) {
            throw new ToolException("Give a " + field + " without quotes");
        }
        JsonObject page = organization.call(Operation.viewApplications("find the application"),
                () -> organization.applications().list(30, 0, field + " eq " + value, "clientId,templateId", true));
        return objects(array(page, "applications")).stream().filter(a -> value.equals(text(a, field)))
                .map(a -> text(a, "id")).findFirst().orElseThrow(() -> new ToolException("No application has the "
                        + field + " '" + value + "'; list_applications shows the names"));
    }

    /**
     * An application with its OAuth configuration and authorized APIs.
     *
     * @param id the application id
     * @return the details
     */
    public ApplicationDetails read(String id) {
        Operation view = Operation.viewApplications("read application " + id);
        JsonObject app = organization.call(view, () -> organization.applications().get(id));
        boolean oauth = objects(array(app, "inboundProtocols")).stream()
                .anyMatch(p -> "oauth2".equalsIgnoreCase(text(p, "type")) || "oidc".equalsIgnoreCase(text(p, "type")))
                || !text(app, "clientId").isEmpty();
        JsonObject oidc = oauth ? organization.call(view, () -> organization.applications().oidc(id)) : null;
        JsonArray apis = organization.call(view, () -> organization.applications().authorizedApis(id));
        List<String> claims = objects(array(object(app, "claimConfiguration"), "requestedClaims")).stream()
                .map(c -> text(object(c, "claim"), "uri")).filter(u -> !u.isEmpty()).toList();
        return new ApplicationDetails(id, text(app, "name"), text(app, "description"),
                ApplicationType.of(text(app, "templateId")), oidc != null ? text(oidc, "clientId") : "",
                flag(oidc, "publicClient"), strings(oidc, "grantTypes"), redirectUrls(oidc),
                strings(oidc, "allowedOrigins"), claims, authorized(apis),
                OAuthEndpoints.of(organization.baseUrl().toString()));
    }

    /**
     * An application's redirect URLs, from WSO2's single field.
     *
     * @param oidc the OpenID Connect configuration, or null
     * @return the URLs
     */
    static List<String> redirectUrls(JsonObject oidc) {
        return strings(oidc, "callbackURLs").stream().flatMap(u -> u.startsWith(REGEXP) && u.endsWith(")")
                ? Arrays.stream(u.substring(REGEXP.length(), u.length() - 1).split("\\|")) : java.util.stream.Stream.of(u))
                .toList();
    }

    /**
     * The callback field for some redirect URLs: one as it is, several as WSO2's {@code regexp=(a|b)}.
     *
     * @param urls the URLs
     * @return the field's value
     */
    static String callbackField(List<String> urls) {
        return urls.size() == 1 ? urls.get(0)
                : urls.stream().collect(java.util.stream.Collectors.joining("|", REGEXP, ")"));
    }

    static List<AuthorizedApi> authorized(JsonArray apis) {
        return objects(apis).stream().map(a -> new AuthorizedApi(text(a, "id"), text(a, "identifier"),
                text(a, "displayName"), text(a, "policyId"), objects(array(a, "authorizedScopes")).stream()
                        .map(s -> text(s, "name")).toList())).toList();
    }
}
