package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same packaged WAR, unchanged, on WildFly 39 (started by wildfly-maven-plugin with
 * standalone-microprofile.xml, the WAR deployed at boot): initialize, tools/list and tools/call, by hand and
 * with the official TypeScript SDK client.
 */
class WildFlyIT {

    private static final String BASE = System.getProperty("wildfly.base.url", "http://localhost:18080/vetassist");
    private static final McpHttp MCP = new McpHttp(URI.create(BASE + "/mcp"));

    @BeforeAll
    static void deployed() {
        Path deployments = Path.of(System.getProperty("wildfly.home", "target/wildfly"), "standalone", "deployments");
        assertTrue(Files.exists(deployments.resolve("vetassist.war.deployed")),
                "vetassist.war is not deployed on WildFly; see " + deployments);
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
        assertEquals(7, McpHttp.parse(list.body()).asJsonObject().getJsonObject("result").getJsonArray("tools").size());

        JsonObject result = MCP.callTool(session, "next_vaccination", "{\"petId\":1}").getJsonObject("result");
        assertEquals("distemper", result.getJsonObject("structuredContent").getString("vaccine"));
        assertEquals("2026-09-15", result.getJsonObject("structuredContent").getString("dueDate"));

        JsonObject error = MCP.callTool(session, "next_vaccination", "{\"petId\":3}").getJsonObject("result");
        assertEquals(McpHttp.parse("{\"content\":[{\"type\":\"text\",\"text\":\"Thumper has no vaccination on record;"
                + " book a check-up with book_appointment\"}],\"isError\":true}"), error);
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
    }

    @Test
    void officialClientCallsTools() throws Exception {
        JsonObject report = NodeClient.run("smoke.mjs", BASE + "/mcp");
        assertEquals("Rex", report.getJsonObject("profile").getString("name"));
        assertEquals("check-up", report.getJsonObject("booked").getString("reason"));
    }
}
