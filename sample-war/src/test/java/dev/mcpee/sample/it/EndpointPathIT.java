package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;

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

    /** As in the README: Open Liberty needs the servlet declared by name as well as mapped. */
    static final String WEB_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
              <servlet>
                <servlet-name>dev.mcpee.internal.transport.McpApplication</servlet-name>
              </servlet>
              <servlet-mapping>
                <servlet-name>dev.mcpee.internal.transport.McpApplication</servlet-name>
                <url-pattern>/ai/mcp/*</url-pattern>
              </servlet-mapping>
            </web-app>
            """;

    @Deployment(testable = false)
    static WebArchive war() {
        return SampleWar.archive().setWebXML(new StringAsset(WEB_XML));
    }

    @ArquillianResource
    URL base;

    @Test
    void endpointServedAtTheMappedPath() throws Exception {
        McpHttp moved = new McpHttp(base.toURI().resolve("ai/mcp"));
        String session = moved.openSession();
        assertEquals("Rex", moved.callTool(session, "get_pet_profile", "{\"petId\":1}").getJsonObject("result")
                .getJsonObject("structuredContent").getString("name"));
        HttpResponse<String> old = new McpHttp(URI.create(base.toURI().resolve("mcp").toString())).post()
                .body(McpHttp.initialize("2025-11-25")).send();
        assertEquals(404, old.statusCode(), "the default path is gone");
    }
}
