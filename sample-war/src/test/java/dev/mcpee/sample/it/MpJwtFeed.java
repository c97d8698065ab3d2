package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The container's MicroProfile JWT, configured by nothing but mcp.auth.*: the extension feeds it the issuer,
 * the discovered key set and the audiences. Checked on the WAR's own MP-JWT resource (WildFly; on Open Liberty
 * the mpJwt feature did not take the fed values in this test, see the README).
 */
final class MpJwtFeed {

    private MpJwtFeed() {
    }

    static WebArchive archive(String context, String server) {
        return SampleWar.archive(context, AuthServers.Provider.ASGARDEO, server,
                        Map.of("mcp.auth.audience-aliases", "asgardeo-client," + SampleWar.resource(server, context)))
                .addClasses(JwtEchoApplication.class, JwtEchoResource.class);
    }

    static void check(String server, String context) {
        String resource = SampleWar.resource(server, context);
        String staff = Tokens.staff(AuthServers.Provider.ASGARDEO, resource);
        URI echo = URI.create(server + "/" + context + "/jwt-echo");
        HttpResponse<String> ok = new McpHttp(echo, staff).get().header("Accept", "text/plain").send();
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("vera|" + AuthServers.Provider.ASGARDEO.issuer(), ok.body());
        String foreign = AuthServers.Provider.LOGTO.token(resource, "mallory", Tokens.READ_WRITE,
                java.util.List.of("vet_staff"), 300, Map.of());
        HttpResponse<String> refused = new McpHttp(echo, foreign).get().header("Accept", "text/plain")
                .send();
        assertNotEquals("mallory|" + AuthServers.Provider.LOGTO.issuer(), refused.body(),
                "MP JWT must refuse another issuer's token");

        // The MCP endpoint of the same WAR still verifies tokens itself.
        assertEquals(200, new McpHttp(URI.create(resource), staff).post().body(McpHttp.initialize("2025-11-25"))
                .send().statusCode());
    }
}
