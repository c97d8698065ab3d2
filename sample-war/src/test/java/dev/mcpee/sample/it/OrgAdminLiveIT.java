package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opt-in: the organization admin sample on Open Liberty against a REAL Asgardeo (or WSO2 Identity Server)
 * organization, with the server's M2M application from the environment. Only read-only tools run, and
 * {@code update_login_flow} only as far as its check of the organization's authenticators and connections
 * (an unknown authenticator, refused before anything is asked or changed): nothing in the organization changes.
 *
 * <p>Set {@code ORGADMIN_LIVE_BASE_URL} (e.g. {@code https://api.asgardeo.io/t/myorg}),
 * {@code ORGADMIN_LIVE_CLIENT_ID} and {@code ORGADMIN_LIVE_CLIENT_SECRET} (and {@code ORGADMIN_LIVE_TOKEN_URL}
 * if the token endpoint is not {@code <base-url>/oauth2/token}), then run {@code mvn verify}. Without them the
 * class is reported as skipped, with that reason. The callers' tokens still come from the local test issuer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfEnvironmentVariable(named = "ORGADMIN_LIVE_BASE_URL", matches = "https?://.+",
        disabledReason = "no real organization configured: set ORGADMIN_LIVE_BASE_URL, ORGADMIN_LIVE_CLIENT_ID"
                + " and ORGADMIN_LIVE_CLIENT_SECRET to run it")
class OrgAdminLiveIT {

    @Deployment(testable = false)
    static WebArchive war() {
        Map<String, String> organization = new HashMap<>();
        organization.put("orgadmin.base-url", System.getenv("ORGADMIN_LIVE_BASE_URL"));
        organization.put("orgadmin.client-id", required("ORGADMIN_LIVE_CLIENT_ID"));
        organization.put("orgadmin.client-secret", required("ORGADMIN_LIVE_CLIENT_SECRET"));
        String tokenUrl = System.getenv("ORGADMIN_LIVE_TOKEN_URL");
        if (tokenUrl != null && !tokenUrl.isBlank()) {
            organization.put("orgadmin.token-url", tokenUrl);
        }
        return OrgAdminWar.archive("org-admin-live", SampleWar.LIBERTY, organization);
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("ORGADMIN_LIVE_BASE_URL is set but " + name + " is not");
        }
        return value;
    }

    @ArquillianResource
    URL base;

    @Test
    void theReadOnlyToolsWorkAgainstTheRealOrganization() {
        URI endpoint = SampleWar.endpoint(base);
        OrgAdminChecks admin = new OrgAdminChecks(endpoint, OrgAdminWar.admin(endpoint.toString()));
        assertEquals(OrgAdminChecks.TOOLS, admin.tools());

        List<JsonObject> apps = admin.call("list_applications", "{\"limit\":5}").getJsonArray("applications")
                .getValuesAs(JsonObject.class);
        if (!apps.isEmpty()) {
            JsonObject first = apps.get(0);
            String id = first.getString("id");
            assertEquals(id, admin.call("get_application_by_name", "{\"application_name\":"
                    + jsonString(first.getString("name")) + "}").getString("id"));
            if (!first.getString("clientId", "").isEmpty()) {
                assertEquals(id, admin.call("get_application_by_client_id", "{\"client_id\":"
                        + jsonString(first.getString("clientId")) + "}").getString("id"));
            }
            admin.call("list_authorized_api", "{\"application_id\":\"" + id + "\"}");
            String refused = admin.error("update_login_flow", "{\"application_id\":\"" + id + "\",\"steps\":"
                    + "[{\"options\":[{\"idp\":\"LOCAL\",\"authenticator\":\"NoSuchAuthenticator-mcp-ee\"}]}]}");
            assertTrue(refused.contains("no enabled authenticator 'NoSuchAuthenticator-mcp-ee'. Available:")
                    && refused.contains("BasicAuthenticator"), refused);
        }

        List<JsonObject> apis = admin.call("list_api_resources", "{\"limit\":5}").getJsonArray("apiResources")
                .getValuesAs(JsonObject.class);
        if (!apis.isEmpty()) {
            JsonObject first = apis.get(0);
            assertFalse(admin.call("search_api_resources_by_name", "{\"name\":" + jsonString(first.getString("name"))
                    + "}").getJsonArray("apiResources").isEmpty());
            assertEquals(first.getString("identifier"), admin.call("get_api_resource_by_identifier",
                    "{\"identifier\":" + jsonString(first.getString("identifier")) + "}").getString("identifier"));
        }
        assertFalse(admin.call("list_claims", "{}").getJsonArray("result").isEmpty());
    }

    private static String jsonString(String value) {
        return jakarta.json.Json.createValue(value).toString();
    }
}
