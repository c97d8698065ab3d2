package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mcpee.sample.orgadmin.standin.ManagementApiStandIn;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * What the organization admin sample must do on any server, shared by the Liberty and WildFly tests: every tool
 * through MCP against the Management API stand-in, which validates each request against WSO2's OpenAPI
 * documents; the server's M2M token, never the caller's, on every call to the organization.
 */
final class OrgAdminChecks {

    /** The tools, as the reference server names them. */
    static final Set<String> TOOLS = Set.of("list_applications", "create_single_page_app", "create_webapp_with_ssr",
            "create_mobile_app", "create_m2m_app", "get_application_by_name", "get_application_by_client_id",
            "update_application_basic_info", "update_application_oauth_config", "update_application_claim_config",
            "authorize_api", "list_authorized_api", "update_login_flow", "list_api_resources",
            "search_api_resources_by_name", "get_api_resource_by_identifier", "create_api_resource", "create_user",
            "list_claims");

    private final McpHttp mcp;
    private final String session;

    OrgAdminChecks(URI endpoint, String token) {
        this.mcp = new McpHttp(endpoint, token);
        this.session = mcp.openSession();
    }

    /** The tool's structured result; fails the test on an error result. */
    JsonObject call(String tool, String arguments) {
        JsonObject result = mcp.callTool(session, tool, arguments).getJsonObject("result");
        assertFalse(result.getBoolean("isError", false), tool + ": " + result);
        return result.getJsonObject("structuredContent");
    }

    /** The tool's error text; fails the test unless the result is an error. */
    String error(String tool, String arguments) {
        JsonObject result = mcp.callTool(session, tool, arguments).getJsonObject("result");
        assertTrue(result.getBoolean("isError", false), tool + " should fail: " + result);
        return result.getJsonArray("content").getJsonObject(0).getString("text");
    }

    /** The tools the caller sees. */
    Set<String> tools() {
        JsonObject list = McpHttp.parse(mcp.post().session(session).header("MCP-Protocol-Version", "2025-11-25")
                .body(McpHttp.request(2, "tools/list", null)).send().body()).asJsonObject().getJsonObject("result");
        return list.getJsonArray("tools").stream().map(t -> t.asJsonObject().getString("name"))
                .collect(Collectors.toSet());
    }

    /**
     * Every tool, in the order a developer would use them, with what the stand-in then holds.
     *
     * @param standIn the organization
     * @param suffix  makes names unique per server
     */
    void everyTool(ManagementApiStandIn standIn, String suffix) {
        assertEquals(TOOLS, tools());
        JsonObject page = call("list_applications", "{}");
        assertTrue(page.getInt("totalResults") >= 1, page.toString());
        JsonObject spa = call("create_single_page_app", "{\"application_name\":\"Pets SPA " + suffix + "\","
                + "\"redirect_url\":\"https://pets.example.com/callback\"}");
        String spaId = spa.getString("id");
        assertEquals("SPA", spa.getString("type"));
        assertTrue(spa.getBoolean("publicClient"));
        assertEquals(List.of("https://pets.example.com/callback"), strings(spa, "redirectUrls"));
        assertEquals(spaId, call("get_application_by_name", "{\"application_name\":\"Pets SPA " + suffix + "\"}")
                .getString("id"));
        assertEquals(spaId, call("get_application_by_client_id", "{\"client_id\":\""
                + spa.getString("clientId") + "\"}").getString("id"));
        assertEquals("SSR_WEB", call("create_webapp_with_ssr", "{\"application_name\":\"Pets Web " + suffix + "\","
                + "\"redirect_url\":\"https://web.example.com/login\"}").getString("type"));
        assertEquals("MOBILE", call("create_mobile_app", "{\"application_name\":\"Pets Mobile " + suffix + "\","
                + "\"redirect_url\":\"com.example.pets:/callback\"}").getString("type"));
        JsonObject m2m = call("create_m2m_app", "{\"application_name\":\"Pets Jobs " + suffix + "\"}");
        assertEquals(List.of("client_credentials"), strings(m2m, "grantTypes"));

        assertEquals("Pet owners' portal", call("update_application_basic_info", "{\"application_id\":\"" + spaId
                + "\",\"description\":\"Pet owners' portal\"}").getString("description"));
        JsonObject oauth = call("update_application_oauth_config", "{\"application_id\":\"" + spaId + "\","
                + "\"redirect_urls\":[\"https://pets.example.com/callback\",\"https://pets.example.com/cb2\"],"
                + "\"user_access_token_expiry_seconds\":900}");
        assertEquals(List.of("https://pets.example.com/callback", "https://pets.example.com/cb2"),
                strings(oauth, "redirectUrls"));
        assertEquals(900, standIn.application(spaId).getJsonObject("inboundProtocolConfiguration")
                .getJsonObject("oidc").getJsonObject("accessToken").getInt("userAccessTokenExpiryInSeconds"));
        assertEquals(List.of("http://wso2.org/claims/emailaddress"), strings(call("update_application_claim_config",
                "{\"application_id\":\"" + spaId + "\",\"claims\":[\"http://wso2.org/claims/emailaddress\"]}"),
                "requestedClaims"));

        String identifier = "https://api.example.com/pets-" + suffix;
        JsonObject api = call("create_api_resource", "{\"identifier\":\"" + identifier + "\",\"name\":\"Pets API "
                + suffix + "\",\"scopes\":[{\"name\":\"read_pets_" + suffix + "\"},{\"name\":\"write_pets_" + suffix
                + "\",\"description\":\"Change pets\"}]}");
        assertEquals(identifier, api.getString("identifier"));
        assertTrue(call("list_api_resources", "{\"filter\":\"identifier eq " + identifier + "\"}")
                .getInt("totalResults") == 1);
        assertEquals(1, call("search_api_resources_by_name", "{\"name\":\"Pets API " + suffix + "\"}")
                .getJsonArray("apiResources").size());
        assertEquals(2, call("get_api_resource_by_identifier", "{\"identifier\":\"" + identifier + "\"}")
                .getJsonArray("scopes").size());
        assertTrue(error("authorize_api", "{\"application_id\":\"" + spaId + "\",\"api_identifier\":\"" + identifier
                + "\",\"scopes\":[\"delete_pets\"]}").contains("has no scope [delete_pets]"));
        JsonObject authorized = call("authorize_api", "{\"application_id\":\"" + spaId + "\",\"api_identifier\":\""
                + identifier + "\",\"scopes\":[\"read_pets_" + suffix + "\"]}");
        assertEquals(List.of("read_pets_" + suffix), strings(authorized.getJsonArray("result").getJsonObject(0),
                "scopes"));
        assertEquals(1, call("list_authorized_api", "{\"application_id\":\"" + spaId + "\"}").getJsonArray("result")
                .size());

        JsonObject flow = call("update_login_flow", "{\"application_id\":\"" + spaId + "\",\"steps\":["
                + "{\"options\":[{\"idp\":\"LOCAL\",\"authenticator\":\"BasicAuthenticator\"}]},"
                + "{\"options\":[{\"idp\":\"LOCAL\",\"authenticator\":\"totp\"}]}]}");
        assertEquals("given", flow.getString("source"));
        assertEquals("totp", standIn.application(spaId).getJsonObject("authenticationSequence").getJsonArray("steps")
                .getJsonObject(1).getJsonArray("options").getJsonObject(0).getString("authenticator"));
        assertTrue(error("update_login_flow", "{\"application_id\":\"" + spaId + "\",\"steps\":[{\"options\":"
                + "[{\"idp\":\"LOCAL\",\"authenticator\":\"NoSuchAuthenticator\"}]}]}")
                .contains("no enabled authenticator 'NoSuchAuthenticator'"));
        // A JSON-only client cannot sample: the description form says to give steps instead.
        assertTrue(error("update_login_flow", "{\"application_id\":\"" + spaId + "\",\"description\":\"password"
                + " then email OTP\"}").contains("give steps instead"));

        JsonObject user = call("create_user", "{\"username\":\"kim-" + suffix + "@example.com\",\"password\":"
                + "\"Secret-12345\",\"email\":\"kim-" + suffix + "@example.com\",\"first_name\":\"Kim\","
                + "\"last_name\":\"Lee\"}");
        assertEquals("DEFAULT/kim-" + suffix + "@example.com", user.getString("userName"));
        assertFalse(call("list_claims", "{}").getJsonArray("result").isEmpty());
    }

    /**
     * The organization saw only the server's own tokens and only schema-valid requests.
     *
     * @param standIn     the organization
     * @param callerToken a token the callers used
     */
    static void onlyM2mTokensAndValidRequests(ManagementApiStandIn standIn, String callerToken) {
        assertEquals(List.of(), standIn.contractViolations(), "requests outside WSO2's OpenAPI documents");
        assertFalse(standIn.authorizationHeaders().isEmpty());
        for (String header : standIn.authorizationHeaders()) {
            assertFalse(header.contains(callerToken), "a caller's token reached the organization");
            assertTrue(header.startsWith("Bearer ") && !header.contains("."), "not the stand-in's opaque token: "
                    + header);
        }
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonValue::toString).stream()
                .map(s -> s.substring(1, s.length() - 1)).toList();
    }
}
