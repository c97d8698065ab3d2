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
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The endpoint path moved with the web.xml servlet mapping the README documents. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EndpointPathIT {

    /**
     * As in the README: the endpoint's servlet declared by name and mapped; the mapping replaces its own
     * {@code /mcp/*}. (Open Liberty refuses a mapping alone, SRVE0303E.)
     */
    static final String WEB_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
              <servlet>
                <servlet-name>mcp-ee</servlet-name>
                <servlet-class>dev.mcpee.internal.transport.McpServlet</servlet-class>
                <async-supported>true</async-supported>
              </servlet>
              <servlet-mapping>
                <servlet-name>mcp-ee</servlet-name>
                <url-pattern>/ai/mcp/*</url-pattern>
              </servlet-mapping>
            </web-app>
            """;

    @Deployment(testable = false)
    static WebArchive war() {
        return SampleWar.archive("vetassist", AuthServers.Provider.ASGARDEO, SampleWar.LIBERTY,
                Map.of("mcp.auth.resource", SampleWar.LIBERTY + "/vetassist/ai/mcp")).setWebXML(new StringAsset(WEB_XML));
    }

    @ArquillianResource
    URL base;

    @Test
    void endpointServedAtTheMappedPath() throws Exception {
        String resource = SampleWar.LIBERTY + "/vetassist/ai/mcp";
        McpHttp moved = new McpHttp(URI.create(resource), Tokens.staff(AuthServers.Provider.ASGARDEO, resource));
        String session = moved.openSession();
        assertEquals("Rex", moved.callTool(session, "get_pet_profile", "{\"petId\":1}").getJsonObject("result")
                .getJsonObject("structuredContent").getString("name"));
        HttpResponse<String> old = moved.as(null).post().body(McpHttp.initialize("2025-11-25")).send();
        assertEquals(401, old.statusCode(), "the moved endpoint is protected");
        assertEquals("Bearer resource_metadata=\"" + SampleWar.LIBERTY + "/vetassist/.well-known/oauth-protected-resource"
                + "/ai/mcp\", scope=\"pet-profile:read\"", old.headers().firstValue("WWW-Authenticate").orElse(""));
        HttpResponse<String> metadata = new McpHttp(URI.create(SampleWar.LIBERTY
                + "/vetassist/.well-known/oauth-protected-resource/ai/mcp"), null).post().method("GET").send();
        assertEquals(200, metadata.statusCode(), metadata.body());
        assertEquals(resource, McpHttp.parse(metadata.body()).asJsonObject().getString("resource"));
        HttpResponse<String> gone = new McpHttp(SampleWar.endpoint(base), Tokens.staff(AuthServers.Provider.ASGARDEO,
                resource)).post().body(McpHttp.initialize("2025-11-25")).send();
        assertEquals(404, gone.statusCode(), "the default path is gone");
    }
}
