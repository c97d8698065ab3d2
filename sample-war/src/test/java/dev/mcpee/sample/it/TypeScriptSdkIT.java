package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The official MCP TypeScript SDK client against the sample on Open Liberty: it negotiates, lists, calls
 * a structured tool (validating structuredContent against outputSchema), an asynchronous tool over SSE,
 * a failing tool, a tool and a prompt that report progress and log, and ends its session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TypeScriptSdkIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return SampleWar.archive();
    }

    @ArquillianResource
    URL base;

    @Test
    void officialClientCallsTools() throws Exception {
        String endpoint = SampleWar.endpoint(base).toString();
        JsonObject report = NodeClient.run("smoke.mjs", endpoint, Tokens.staff(AuthServers.Provider.ASGARDEO, endpoint));
        assertEquals("vetassist", report.getJsonObject("server").getString("name"));
        assertEquals("2025-11-25", report.getString("protocolVersion"));
        assertTrue(report.getJsonArray("tools").toString().contains("\"book_appointment\""), report.toString());
        assertEquals("Rex", report.getJsonObject("profile").getString("name"));
        assertEquals("check-up", report.getJsonObject("booked").getString("reason"));
        assertEquals(true, report.getJsonObject("missing").getBoolean("isError"));
        assertEquals(3, report.getJsonArray("progress").size(), "the SDK's onprogress saw every step");
        assertEquals("info", report.getJsonArray("logs").getJsonObject(0).getString("level"));
        assertTrue(report.getString("report").contains("Misty: "), report.getString("report"));
        assertEquals(McpHttp.parse("[{\"progress\":1,\"total\":2,\"message\":\"looking up pet 1\"},"
                + "{\"progress\":2,\"total\":2,\"message\":\"profile attached\"}]"), report.get("promptProgress"),
                "onprogress of getPrompt saw the prompt's steps");
        assertEquals(true, report.getJsonArray("logs").stream().anyMatch(l -> l.asJsonObject().get("data")
                .toString().contains("prepare_visit attached the profile of Rex")), report.toString());
        assertEquals(McpHttp.parse("{\"description\":\"Visit preparation for Rex\",\"messages\":2}"),
                report.get("visit"));

        // The SDK sent DELETE for its session: the id is now unknown.
        McpHttp mcp = SampleWar.client(base);
        assertEquals(404, mcp.post().session(report.getString("sessionId"))
                .body(McpHttp.request(1, "ping", null)).send().statusCode());
    }
}
