package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The authorization matrix on Open Liberty with Asgardeo-shaped tokens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationAsgardeoIT {

    private static final String CONTEXT = "vetassist-asgardeo";

    @Deployment(testable = false)
    static WebArchive war() {
        return SampleWar.archive(CONTEXT, AuthServers.Provider.ASGARDEO, SampleWar.LIBERTY, Map.of())
                .addClass(AdminTools.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void hostRootMetadataUrlRedirectsToTheWarsOwn() {
        // liberty-config's well-known-root.war serves the RFC 9728 path-inserted form at the host root.
        String hostRoot = SampleWar.LIBERTY + "/.well-known/oauth-protected-resource/" + CONTEXT + "/mcp";
        HttpResponse<String> redirect = new McpHttp(URI.create(hostRoot), null).post().method("GET")
                .header("Content-Type", null).send();
        assertEquals(308, redirect.statusCode(), redirect.body());
        String location = redirect.headers().firstValue("Location").orElse("");
        assertEquals("/" + CONTEXT + "/.well-known/oauth-protected-resource/mcp", location);
        HttpResponse<String> metadata = new McpHttp(URI.create(hostRoot).resolve(location), null).post().method("GET")
                .header("Content-Type", null).send();
        assertEquals(200, metadata.statusCode(), metadata.body());
        assertEquals(SampleWar.resource(SampleWar.LIBERTY, CONTEXT),
                McpHttp.parse(metadata.body()).asJsonObject().getString("resource"));
        assertEquals(404, new McpHttp(URI.create(SampleWar.LIBERTY + "/.well-known/oauth-protected-resource/x"), null)
                .post().method("GET").header("Content-Type", null).send().statusCode());
    }

    @Test
    void matrix() throws Exception {
        new AuthMatrix(SampleWar.endpoint(base), AuthServers.Provider.ASGARDEO,
                SampleWar.LIBERTY + "/" + CONTEXT + "/.well-known/oauth-protected-resource/mcp").run();
    }
}
