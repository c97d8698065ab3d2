package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.mcpee.sample.it.conformance.ConformanceDeployment;
import dev.mcpee.sample.it.conformance.ConformanceSuite;
import jakarta.json.JsonObject;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same packaged WAR on WildFly 39 (started by wildfly-maven-plugin with standalone-microprofile.xml):
 * deployed through the deployment scanner once with Asgardeo-shaped and once with Logto-shaped token
 * configuration; initialize, tools/list, tools/call, the authorization matrix and the official client.
 */
class WildFlyIT {

    private static final Path DEPLOYMENTS = WildFlyDeployments.DIRECTORY;
    private static final String ASGARDEO = "vetassist";
    private static final String LOGTO = "vetassist-logto";
    private static final String MPJWT = "vetassist-mpjwt";
    private static final String ORG_ADMIN = "org-admin";
    private static final String FAULTS = "faults";
    private static final String RESOURCE = SampleWar.resource(SampleWar.WILDFLY, ASGARDEO);
    private static final McpHttp MCP = new McpHttp(URI.create(RESOURCE),
            Tokens.staff(AuthServers.Provider.ASGARDEO, RESOURCE));

    @BeforeAll
    static void deploy() throws Exception {
        deploy(SampleWar.archive(ASGARDEO, AuthServers.Provider.ASGARDEO, SampleWar.WILDFLY, Map.of())
                .addClass(AdminTools.class));
        deploy(SampleWar.archive(LOGTO, AuthServers.Provider.LOGTO, SampleWar.WILDFLY, Map.of())
                .addClass(AdminTools.class));
        deploy(MpJwtFeed.archive(MPJWT, SampleWar.WILDFLY));
        deploy(ConformanceDeployment.archive());
        deploy(OrgAdminWar.archive(ORG_ADMIN, SampleWar.WILDFLY));
        deploy(HostRootMetadata.archive());
        deploy(SampleWar.archive(FAULTS, AuthServers.Provider.ASGARDEO, SampleWar.WILDFLY, FaultsIT.CONFIG)
                .addClasses(FaultTools.class, SlowTools.class));
        for (String[] war : STATELESS) {
            deploy(StatelessChecks.war(war[0], war[1]));
        }
    }

    /** The 2026-07-28 deployments of StatelessChecks: two sharing a state key, one with another. */
    private static final String[][] STATELESS = {{"stateless-a", StatelessChecks.KEY_A},
            {"stateless-a2", StatelessChecks.KEY_A}, {"stateless-b", StatelessChecks.KEY_B}};

    private static java.net.URL base(String context) throws java.net.MalformedURLException {
        return URI.create(SampleWar.WILDFLY + "/" + context + "/").toURL();
    }

    @AfterAll
    static void undeploy() throws IOException {
        Files.deleteIfExists(DEPLOYMENTS.resolve(ASGARDEO + ".war"));
        Files.deleteIfExists(DEPLOYMENTS.resolve(LOGTO + ".war"));
        Files.deleteIfExists(DEPLOYMENTS.resolve(MPJWT + ".war"));
        Files.deleteIfExists(DEPLOYMENTS.resolve("conformance.war"));
        Files.deleteIfExists(DEPLOYMENTS.resolve(ORG_ADMIN + ".war"));
        Files.deleteIfExists(DEPLOYMENTS.resolve("ROOT.war"));
        Files.deleteIfExists(DEPLOYMENTS.resolve(FAULTS + ".war"));
        for (String[] war : STATELESS) {
            Files.deleteIfExists(DEPLOYMENTS.resolve(war[0] + ".war"));
        }
    }

    @Test
    void orgAdminSampleRunsEveryToolWithTheServersOwnToken() {
        var standIn = OrgAdminWar.standIn();
        standIn.reset();
        String endpoint = SampleWar.resource(SampleWar.WILDFLY, ORG_ADMIN);
        String token = OrgAdminWar.admin(endpoint);
        new OrgAdminChecks(URI.create(endpoint), token).everyTool(standIn, "wildfly");
        OrgAdminChecks.onlyM2mTokensAndValidRequests(standIn, token);
        assertEquals(1, standIn.tokensIssued(), "the M2M token is fetched once and cached");
    }

    @Test
    void statelessRequestStateContinuesWhereTheKeyIsSharedAndIsRefusedElsewhere() throws Exception {
        StatelessChecks.stateAcrossKeys(base("stateless-a"), base("stateless-a2"), base("stateless-b"));
    }

    @Test
    void statelessCallersAndASessionShareTheSampleAndListsFollowTheCaller() throws Exception {
        StatelessChecks.sharedEndpoint(base(ASGARDEO), RESOURCE);
    }

    @Test
    void closingAStatelessCallsStreamCancelsTheCall() throws Exception {
        StatelessChecks.cancellation(base("stateless-a"));
    }

    private static void deploy(WebArchive war) throws Exception {
        WildFlyDeployments.deploy(war);
    }

    @Test
    void hostRootMetadataUrlRedirectsToTheWarsOwn() {
        // The same root application as on Liberty, deployed at "/" (its jboss-web.xml); it replaces WildFly's
        // welcome page.
        HostRootMetadata.redirectsToTheWarsOwn(SampleWar.WILDFLY, ASGARDEO, RESOURCE);
    }

    @Test
    void faultsAsOnLiberty() throws Exception {
        URL faults = base(FAULTS);
        McpHttp mcp = SampleWar.client(faults);
        FaultsIT.aFloodingToolGetsAnErrorResultNamingTheLimit(mcp);
        FaultsIT.aThrowingToolGetsAReferenceNotItsException(mcp);
        FaultsIT.nothingIsLeftBehindByClientsThatLeave(mcp, faults);
        FaultsIT.callsBeyondTheSessionsLimitAreRefusedAtOnce(mcp);
    }

    @Test
    void initializeListAndCall() {
        HttpResponse<String> init = MCP.post().body(McpHttp.initialize("2025-06-18")).send();
        assertEquals(200, init.statusCode(), init.body());
        assertEquals("2025-06-18", McpHttp.parse(init.body()).asJsonObject().getJsonObject("result")
                .getString("protocolVersion"));
        String session = MCP.openSession();

        HttpResponse<String> list = MCP.post().session(session).body(McpHttp.request(2, "tools/list", null)).send();
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(8, McpHttp.parse(list.body()).asJsonObject().getJsonObject("result").getJsonArray("tools").size());

        JsonObject result = MCP.callTool(session, "next_vaccination", "{\"petId\":1}").getJsonObject("result");
        assertEquals("distemper", result.getJsonObject("structuredContent").getString("vaccine"));
        assertEquals("2026-09-15", result.getJsonObject("structuredContent").getString("dueDate"));
    }

    @Test
    void badInputGetsTheSameAnswersAsOnLiberty() {
        StreamableHttpIT.expectError(MCP.post().body("[".repeat(100_000)).send(), 400, null, -32700);
        StreamableHttpIT.expectError(MCP.post().body("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]").send(),
                400, null, -32600);
        StreamableHttpIT.expectError(MCP.post().session("nope").body(McpHttp.request(3, "ping", null)).send(), 404, 3,
                -32001);
        StreamableHttpIT.expectError(MCP.post().header("Content-Type", "text/plain").body("{}").send(), 415, null,
                -32600);
        StreamableHttpIT.hostileBodies(MCP);
    }

    @Test
    void asgardeoMatrix() throws Exception {
        new AuthMatrix(URI.create(RESOURCE), AuthServers.Provider.ASGARDEO,
                SampleWar.WILDFLY + "/" + ASGARDEO + "/.well-known/oauth-protected-resource/mcp").run();
    }

    @Test
    void logtoMatrix() throws Exception {
        new AuthMatrix(URI.create(SampleWar.resource(SampleWar.WILDFLY, LOGTO)), AuthServers.Provider.LOGTO,
                SampleWar.WILDFLY + "/" + LOGTO + "/.well-known/oauth-protected-resource/mcp").run();
    }

    @Test
    void containerJwtAcceptsTheSameTokens() {
        MpJwtFeed.check(SampleWar.WILDFLY, MPJWT);
    }

    @Test
    void officialConformanceSuite() throws Exception {
        ConformanceSuite.runAndCheck(SampleWar.WILDFLY.replace("localhost", "127.0.0.1") + "/conformance/mcp",
                "WildFly");
    }

    @Test
    void officialClientCallsTools() throws Exception {
        JsonObject report = NodeClient.run("smoke.mjs", RESOURCE, Tokens.staff(AuthServers.Provider.ASGARDEO, RESOURCE));
        assertEquals("Rex", report.getJsonObject("profile").getString("name"));
        assertEquals("check-up", report.getJsonObject("booked").getString("reason"));
    }
}
