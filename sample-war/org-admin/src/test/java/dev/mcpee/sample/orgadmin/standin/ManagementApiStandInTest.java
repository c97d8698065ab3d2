package dev.mcpee.sample.orgadmin.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in speaks WSO2's contract, and refuses what the organization would refuse. */
class ManagementApiStandInTest {

    private static final String ALL_SCOPES = String.join(" ", "internal_application_mgt_view",
            "internal_application_mgt_create", "internal_application_mgt_update", "internal_api_resource_view",
            "internal_api_resource_create", "internal_authenticator_view", "internal_claim_meta_view",
            "internal_user_mgt_create");
    private static final String SPA = """
            {"name": "Pet Portal", "templateId": "6a90e4b0-fbff-42d7-bfde-1efd98f07cd7",
             "advancedConfigurations": {"discoverableByEndUsers": false, "skipLoginConsent": true, "skipLogoutConsent": true},
             "authenticationSequence": {"type": "DEFAULT", "steps": [{"id": 1, "options": [{"idp": "LOCAL", "authenticator": "basic"}]}]},
             "claimConfiguration": {"dialect": "LOCAL", "requestedClaims": [{"claim": {"uri": "http://wso2.org/claims/username"}}]},
             "associatedRoles": {"allowedAudience": "APPLICATION", "roles": []},
             "inboundProtocolConfiguration": {"oidc": {"grantTypes": ["authorization_code", "refresh_token"],
                "callbackURLs": ["https://app.example.com/cb"], "allowedOrigins": ["https://app.example.com"],
                "publicClient": true, "pkce": {"mandatory": true, "supportPlainTransformAlgorithm": false}}}}
            """;

    private static ManagementApiStandIn standIn;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        standIn = ManagementApiStandIn.start(0);
    }

    @AfterAll
    static void stop() {
        standIn.stop();
    }

    @BeforeEach
    void reset() {
        standIn.reset();
    }

    @Test
    void issuesTokensToTheM2mApplicationOnly() throws Exception {
        HttpResponse<String> refused = tokenRequest(ManagementApiStandIn.CLIENT_SECRET + "-wrong", ALL_SCOPES);
        assertEquals(401, refused.statusCode());
        assertEquals("invalid_client", json(refused).getString("error"));

        JsonObject token = json(tokenRequest(ManagementApiStandIn.CLIENT_SECRET, ALL_SCOPES + " made_up_scope"));
        assertEquals("Bearer", token.getString("token_type"));
        assertEquals(3600, token.getInt("expires_in"));
        assertEquals(ALL_SCOPES, token.getString("scope"));
        assertFalse(token.getString("access_token").isBlank());
        assertEquals(1, standIn.tokensIssued());
    }

    @Test
    void createsAnSpaAndReadsItBack() throws Exception {
        String token = token();
        JsonObject list = json(call("GET", "/api/server/v1/applications?limit=10&offset=0&filter="
                + "name+eq+Existing+SPA&attributes=clientId,templateId&excludeSystemPortals=true", token, null));
        assertEquals(1, list.getInt("totalResults"));
        assertEquals(StandInOrganization.SPA_TEMPLATE,
                list.getJsonArray("applications").getJsonObject(0).getString("templateId"));

        HttpResponse<String> created = call("POST", "/api/server/v1/applications", token, SPA);
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertTrue(location.startsWith(standIn.baseUrl() + "/api/server/v1/applications/"), location);

        JsonObject app = json(call("GET", "/api/server/v1/applications/" + id, token, null));
        assertEquals("Pet Portal", app.getString("name"));
        assertEquals("APPLICATION", app.getJsonObject("associatedRoles").getString("allowedAudience"));
        JsonObject oidc = json(call("GET", "/api/server/v1/applications/" + id + "/inbound-protocols/oidc", token, null));
        assertEquals(app.getString("clientId"), oidc.getString("clientId"));
        assertTrue(oidc.getBoolean("publicClient"));
        assertNull(oidc.get("clientSecret"), "a public client has no secret");
        assertTrue(oidc.getJsonObject("pkce").getBoolean("mandatory"));
        assertEquals(1, json(call("GET", "/api/server/v1/applications?filter=clientId+eq+" + oidc.getString("clientId"),
                token, null)).getInt("totalResults"));

        assertEquals(200, call("PATCH", "/api/server/v1/applications/" + id, token,
                "{\"description\": \"Pets, online\", \"accessUrl\": \"https://app.example.com\"}").statusCode());
        assertEquals("Pets, online", standIn.application(id).getString("description"));
        assertEquals(409, call("POST", "/api/server/v1/applications", token, SPA).statusCode());
        assertEquals(404, call("GET", "/api/server/v1/applications/no-such-app", token, null).statusCode());
        assertTrue(standIn.contractViolations().isEmpty(), String.join("\n\n", standIn.contractViolations()));
    }

    @Test
    void authorizesAnApplicationForAnApiResource() throws Exception {
        String token = token();
        JsonObject page = json(call("GET", "/api/server/v1/api-resources?filter=identifier+eq+https://api.example.com/orders",
                token, null));
        JsonObject orders = page.getJsonArray("APIResources").getJsonObject(0);
        String appId = standIn.application(appIdOf("Existing SPA", token)).getString("id");
        String authorize = "{\"id\": \"" + orders.getString("id") + "\", \"policyIdentifier\": \"RBAC\", \"scopes\": [\"read_orders\"]}";
        assertEquals(200, call("POST", "/api/server/v1/applications/" + appId + "/authorized-apis", token, authorize)
                .statusCode());
        JsonArray authorized = Json.createReader(new StringReader(
                call("GET", "/api/server/v1/applications/" + appId + "/authorized-apis", token, null).body())).readArray();
        assertEquals("read_orders", authorized.getJsonObject(0).getJsonArray("authorizedScopes").getJsonObject(0)
                .getString("name"));
        assertEquals(400, call("POST", "/api/server/v1/applications/" + appId + "/authorized-apis", token,
                authorize.replace("read_orders", "delete_orders")).statusCode());

        HttpResponse<String> created = call("POST", "/api/server/v1/api-resources", token,
                "{\"name\": \"Pets API\", \"identifier\": \"https://api.example.com/pets\", \"requiresAuthorization\": true,"
                        + " \"scopes\": [{\"name\": \"read_pets\", \"displayName\": \"Read pets\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(409, call("POST", "/api/server/v1/api-resources", token,
                "{\"name\": \"Again\", \"identifier\": \"https://api.example.com/pets\"}").statusCode());
        JsonObject pets = json(call("GET", "/api/server/v1/api-resources/" + json(created).getString("id"), token, null));
        assertEquals("read_pets", pets.getJsonArray("scopes").getJsonObject(0).getString("name"));
        assertEquals(8, Json.createReader(new StringReader(
                call("GET", "/api/server/v1/authenticators", token, null).body())).readArray().size());
        assertEquals(6, Json.createReader(new StringReader(call("GET",
                "/api/server/v1/claim-dialects/local/claims?exclude-hidden-claims=true", token, null).body())).readArray().size());
        assertTrue(standIn.contractViolations().isEmpty(), String.join("\n\n", standIn.contractViolations()));
    }

    @Test
    void createsUsersOverScim() throws Exception {
        String token = token();
        String user = """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "alice@example.com",
                 "name": {"givenName": "Alice", "familyName": "Liddell"},
                 "emails": [{"value": "alice@example.com", "primary": true}], "password": "Wonder-land-42"}
                """;
        HttpResponse<String> created = call("POST", "/scim2/Users", token, user, "application/scim+json");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = json(created);
        assertNotNull(body.getString("id"));
        assertEquals("User", body.getJsonObject("meta").getString("resourceType"));
        assertNull(body.get("password"));
        assertEquals("Wonder-land-42", standIn.users().get(0).getString("password"));

        HttpResponse<String> again = call("POST", "/scim2/Users", token, user, "application/scim+json");
        assertEquals(409, again.statusCode());
        assertEquals("409", json(again).getString("status"));
        assertTrue(standIn.contractViolations().isEmpty(), String.join("\n\n", standIn.contractViolations()));
    }

    @Test
    void refusesWhatTheContractRefuses() throws Exception {
        String token = token();
        HttpResponse<String> wrongType = call("POST", "/api/server/v1/applications", token, "{\"name\": 5}");
        assertEquals(400, wrongType.statusCode());
        assertTrue(json(wrongType).getString("description").contains("name"), wrongType.body());
        HttpResponse<String> noName = call("POST", "/api/server/v1/applications", token, "{\"description\": \"x\"}");
        assertEquals(400, noName.statusCode());
        List<String> violations = standIn.contractViolations();
        assertEquals(2, violations.size(), String.join("\n\n", violations));
        assertTrue(violations.get(0).contains("validation.request.body.schema.type"), violations.get(0));
        assertTrue(violations.get(1).contains("validation.request.body.schema.required")
                && violations.get(1).contains("name"), violations.get(1));
    }

    @Test
    void refusesMissingRevokedAndInsufficientTokens() throws Exception {
        HttpResponse<String> anonymous = call("GET", "/api/server/v1/applications", null, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

        String old = token();
        standIn.revokeAllTokens();
        assertEquals(401, call("GET", "/api/server/v1/applications", old, null).statusCode());

        standIn.withholdScope("internal_application_mgt_create");
        standIn.expiresIn(Duration.ofSeconds(60));
        JsonObject limited = json(tokenRequest(ManagementApiStandIn.CLIENT_SECRET, ALL_SCOPES));
        assertEquals(60, limited.getInt("expires_in"));
        assertFalse(limited.getString("scope").contains("internal_application_mgt_create"));
        String token = limited.getString("access_token");
        HttpResponse<String> forbidden = call("POST", "/api/server/v1/applications", token, SPA);
        assertEquals(403, forbidden.statusCode());
        assertTrue(json(forbidden).getString("description").contains("internal_application_mgt_create"));
        assertEquals(200, call("GET", "/api/server/v1/applications", token, null).statusCode());

        assertEquals(List.of("Bearer " + old, "Bearer " + token, "Bearer " + token),
                standIn.authorizationHeaders().subList(1, 4));
        assertNull(standIn.authorizationHeaders().get(0));
        assertTrue(standIn.contractViolations().isEmpty(), String.join("\n\n", standIn.contractViolations()));
    }

    private String appIdOf(String name, String token) throws Exception {
        JsonObject page = json(call("GET", "/api/server/v1/applications?filter=name+eq+" + name.replace(' ', '+'),
                token, null));
        return page.getJsonArray("applications").getJsonObject(0).getString("id");
    }

    private String token() throws Exception {
        return json(tokenRequest(ManagementApiStandIn.CLIENT_SECRET, ALL_SCOPES)).getString("access_token");
    }

    private HttpResponse<String> tokenRequest(String secret, String scopes) throws Exception {
        String basic = Base64.getEncoder().encodeToString((ManagementApiStandIn.CLIENT_ID + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(standIn.tokenUrl()).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + java.net.URLEncoder.encode(scopes, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return call(method, path, token, body, "application/json");
    }

    private HttpResponse<String> call(String method, String path, String token, String body, String type)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(standIn.baseUrl() + path))
                .header("Accept", "application/json").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", type);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
