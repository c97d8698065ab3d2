package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.mcpee.sample.orgadmin.standin.ManagementApiStandIn;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organization admin sample on a real Open Liberty against the Management API stand-in: every tool, the
 * caller's scopes and role, the server's M2M token (cached, refreshed, never the caller's), and the login flow
 * planned by a sampling client with confirmations through elicitation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrgAdminIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return OrgAdminWar.archive("org-admin", SampleWar.LIBERTY);
    }

    @ArquillianResource
    URL base;

    private ManagementApiStandIn standIn;

    @BeforeEach
    void freshOrganization() {
        standIn = OrgAdminWar.standIn();
        standIn.reset();
    }

    private URI endpoint() {
        return SampleWar.endpoint(base);
    }

    @Test
    void everyToolWorksThroughMcpWithTheServersOwnTokenOnly() {
        String token = OrgAdminWar.admin(endpoint().toString());
        new OrgAdminChecks(endpoint(), token).everyTool(standIn, "liberty");
        OrgAdminChecks.onlyM2mTokensAndValidRequests(standIn, token);
        assertEquals(1, standIn.tokensIssued(), "the M2M token is fetched once and cached");
    }

    @Test
    void callersSeeAndCallOnlyWhatTheirScopesAndRoleAllow() {
        String reader = OrgAdminWar.token(endpoint().toString(), "org-admin:apps:read", List.of());
        OrgAdminChecks checks = new OrgAdminChecks(endpoint(), reader);
        // Listed: what the reader may call and what more scopes would let it call (step-up); create_user needs a
        // role no scope gives, so it stays hidden.
        Set<String> expected = new TreeSet<>(OrgAdminChecks.TOOLS);
        expected.remove("create_user");
        assertEquals(expected, new TreeSet<>(checks.tools()));
        McpHttp mcp = new McpHttp(endpoint(), reader);
        String session = mcp.openSession();
        HttpResponse<String> refused = mcp.post().session(session).header("MCP-Protocol-Version", "2025-11-25")
                .body(McpHttp.request(3, "tools/call", "{\"name\":\"create_m2m_app\",\"arguments\":"
                        + "{\"application_name\":\"Nope\"}}")).send();
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").contains("insufficient_scope"));
        // The scope without the role: create_user stays hidden and refused.
        String noRole = OrgAdminWar.token(endpoint().toString(), OrgAdminWar.ALL_SCOPES, List.of());
        Set<String> visible = new OrgAdminChecks(endpoint(), noRole).tools();
        assertFalse(visible.contains("create_user"));
        assertEquals(OrgAdminChecks.TOOLS.size() - 1, visible.size());
        McpHttp plain = new McpHttp(endpoint(), noRole);
        String s2 = plain.openSession();
        assertEquals(403, plain.post().session(s2).header("MCP-Protocol-Version", "2025-11-25")
                .body(McpHttp.request(4, "tools/call", "{\"name\":\"create_user\",\"arguments\":{}}")).send()
                .statusCode());
        assertTrue(standIn.users().isEmpty());
    }

    @Test
    void theM2mTokenIsReplacedWhenRefusedAndAMissingGrantIsNamed() {
        OrgAdminChecks admin = new OrgAdminChecks(endpoint(), OrgAdminWar.admin(endpoint().toString()));
        admin.call("list_applications", "{}");
        assertEquals(1, standIn.tokensIssued());
        standIn.revokeAllTokens();
        admin.call("list_applications", "{}");
        assertEquals(2, standIn.tokensIssued(), "a refused token is replaced once, and the call succeeds");
        standIn.withholdScope("internal_user_mgt_create");
        standIn.revokeAllTokens();
        String error = admin.error("create_user", "{\"username\":\"x@example.com\",\"password\":\"Secret-12345\","
                + "\"email\":\"x@example.com\",\"first_name\":\"X\",\"last_name\":\"Y\"}");
        assertTrue(error.contains("internal_user_mgt_create"), error);
        assertTrue(standIn.users().isEmpty());
    }

    @Test
    void loginFlowFromADescriptionThroughTheClientsModelAndConfirmations() throws Exception {
        String token = OrgAdminWar.admin(endpoint().toString());
        OrgAdminChecks admin = new OrgAdminChecks(endpoint(), token);
        String id = admin.call("create_single_page_app", "{\"application_name\":\"Flow SPA\",\"redirect_url\":"
                + "\"https://flow.example.com/cb\"}").getString("id");
        JsonObject report = NodeClient.run("org-admin.mjs", endpoint().toString(), token, id);
        JsonObject flow = report.getJsonObject("flow");
        assertFalse(flow.getBoolean("isError"), flow.toString());
        assertEquals("sampled", flow.getJsonObject("structured").getString("source"));
        assertEquals("email-otp-authenticator", standIn.application(id).getJsonObject("authenticationSequence")
                .getJsonArray("steps").getJsonObject(1).getJsonArray("options").getJsonObject(0)
                .getString("authenticator"));
        String prompt = report.getJsonArray("prompts").getString(0);
        assertTrue(prompt.contains("one-time code by email") && prompt.contains("email-otp-authenticator"), prompt);
        assertTrue(report.getJsonArray("questions").getString(0).contains("email-otp-authenticator"));
        JsonObject declined = report.getJsonObject("declined");
        assertTrue(declined.getBoolean("isError"), declined.toString());
        assertTrue(declined.getString("text").contains("not confirmed"), declined.toString());
        assertTrue(standIn.users().isEmpty(), "a declined user is not created");
        OrgAdminChecks.onlyM2mTokensAndValidRequests(standIn, token);
    }

    @Test
    void loginFlowUnder2026InInputRequiredRounds() {
        String token = OrgAdminWar.admin(endpoint().toString());
        String id = new OrgAdminChecks(endpoint(), token).call("create_single_page_app", "{\"application_name\":"
                + "\"Stateless SPA\",\"redirect_url\":\"https://stateless.example.com/cb\"}").getString("id");
        String arguments = "{\"application_id\":\"" + id + "\",\"description\":\"Google or a password, then a"
                + " code by email\"}";

        JsonObject sampling = stateless(token, arguments, "");
        assertEquals("input_required", sampling.getString("resultType"), sampling.toString());
        JsonObject ask = sampling.getJsonObject("inputRequests").getJsonObject("login_flow_steps");
        assertEquals("sampling/createMessage", ask.getString("method"));
        String prompt = ask.getJsonObject("params").getJsonArray("messages").getJsonObject(0)
                .getJsonObject("content").getString("text");
        assertTrue(prompt.contains("Google or a password") && prompt.contains("\"GoogleOIDCAuthenticator\""),
                "the description, and the connection's authenticator read from the identity provider: " + prompt);

        // The model leaves the connection's authenticator out: the server fills in the connection's default.
        String modelAnswer = "{\"steps\":[{\"options\":[{\"idp\":\"Google\",\"authenticator\":\"\"},"
                + "{\"idp\":\"LOCAL\",\"authenticator\":\"BasicAuthenticator\"}]},{\"options\":[{\"idp\":"
                + "\"LOCAL\",\"authenticator\":\"email-otp-authenticator\"}]}]}";
        String sampled = "\"login_flow_steps\":{\"role\":\"assistant\",\"model\":\"fixed\",\"stopReason\":"
                + "\"endTurn\",\"content\":{\"type\":\"text\",\"text\":" + Json.createValue(modelAnswer) + "}}";
        JsonObject confirm = stateless(token, arguments, ",\"inputResponses\":{" + sampled + "},\"requestState\":\""
                + sampling.getString("requestState") + "\"");
        assertEquals("input_required", confirm.getString("resultType"), confirm.toString());
        JsonObject question = confirm.getJsonObject("inputRequests").getJsonObject("confirm");
        assertEquals("elicitation/create", question.getString("method"));
        String message = question.getJsonObject("params").getString("message");
        assertTrue(message.contains("'Stateless SPA'") && message.contains("GoogleOIDCAuthenticator (Google) or"
                + " BasicAuthenticator") && message.contains("2. email-otp-authenticator"), message);
        assertEquals("BasicAuthenticator", firstOption(id), "nothing changes before the user confirms");

        JsonObject done = stateless(token, arguments, ",\"inputResponses\":{\"confirm\":{\"action\":\"accept\","
                + "\"content\":{\"confirm\":true}}},\"requestState\":\"" + confirm.getString("requestState") + "\"");
        assertEquals("complete", done.getString("resultType"), done.toString());
        assertFalse(done.getBoolean("isError", false), done.toString());
        assertEquals("sampled", done.getJsonObject("structuredContent").getString("source"));
        assertEquals("GoogleOIDCAuthenticator", firstOption(id));
        assertEquals("Google", standIn.application(id).getJsonObject("authenticationSequence").getJsonArray("steps")
                .getJsonObject(0).getJsonArray("options").getJsonObject(0).getString("idp"));

        // A model naming a connection the organization lacks: an error result, nothing asked, nothing changed.
        String again = stateless(token, arguments, "").getString("requestState");
        JsonObject unknown = stateless(token, arguments, ",\"inputResponses\":{" + sampled.replace("\\\"Google",
                "\\\"NoSuchConnection") + "},\"requestState\":\"" + again + "\"");
        assertTrue(unknown.getBoolean("isError", false), unknown.toString());
        assertTrue(unknown.getJsonArray("content").getJsonObject(0).getString("text")
                .contains("no enabled connection 'NoSuchConnection'"), unknown.toString());
        assertEquals("GoogleOIDCAuthenticator", firstOption(id));
        OrgAdminChecks.onlyM2mTokensAndValidRequests(standIn, token);
    }

    /** A 2026-07-28 call of update_login_flow declaring sampling and elicitation; its result. */
    private JsonObject stateless(String token, String arguments, String paramsExtra) {
        HttpResponse<String> r = new McpHttp(endpoint(), token).post().header("MCP-Protocol-Version", "2026-07-28")
                .header("Mcp-Method", "tools/call").header("Mcp-Name", "update_login_flow")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"_meta\":{"
                        + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                        + "\"io.modelcontextprotocol/clientCapabilities\":{\"sampling\":{},\"elicitation\":{}}},"
                        + "\"name\":\"update_login_flow\",\"arguments\":" + arguments + paramsExtra + "}}")
                .send();
        assertEquals(200, r.statusCode(), r.body());
        return McpHttp.parse(r.body()).asJsonObject().getJsonObject("result");
    }

    private String firstOption(String applicationId) {
        return standIn.application(applicationId).getJsonObject("authenticationSequence").getJsonArray("steps")
                .getJsonObject(0).getJsonArray("options").getJsonObject(0).getString("authenticator");
    }
}
