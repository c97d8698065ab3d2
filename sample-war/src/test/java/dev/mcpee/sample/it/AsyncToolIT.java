package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Asynchronous tools on Open Liberty: many run at once without holding request threads, and one that never
 * completes is answered after {@code mcp.tools.timeout}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AsyncToolIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return SampleWar.archive("vetassist", AuthServers.Provider.ASGARDEO, SampleWar.LIBERTY,
                Map.of("mcp.tools.timeout", "PT2S")).addClass(SlowTools.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aToolThatNeverCompletesIsAnsweredAfterTheTimeout() {
        McpHttp mcp = SampleWar.client(base);
        JsonObject result = mcp.callTool(mcp.openSession(), "never", "{}").getJsonObject("result");
        assertEquals(McpHttp.parse("{\"content\":[{\"type\":\"text\",\"text\":\"The tool did not finish within PT2S;"
                + " it may still complete on the server\"}],\"isError\":true}"), result);
    }

    @Test
    void manyLateToolsAtOnce() {
        McpHttp mcp = SampleWar.client(base);
        String session = mcp.openSession();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            calls.add(mcp.post().session(session).header("Accept", "application/json").body(McpHttp.request(i,
                    "tools/call", "{\"name\":\"late\",\"arguments\":{\"text\":\"n" + i + "\"}}")).sendAsync());
        }
        for (int i = 0; i < calls.size(); i++) {
            HttpResponse<String> r = calls.get(i).join();
            assertEquals(200, r.statusCode(), r.body());
            JsonObject response = McpHttp.parse(r.body()).asJsonObject();
            assertEquals(i, response.getInt("id"));
            assertEquals("late n" + i, response.getJsonObject("result").getJsonArray("content").getJsonObject(0)
                    .getString("text"));
        }
    }
}
