package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The host-root form of the protected resource metadata URL ({@code /.well-known/oauth-protected-resource/<context>/<path>},
 * RFC 9728 section 3.1), which clients that ignore the challenge's {@code resource_metadata} try: the small
 * application in {@code liberty-config/well-known-root.war}, at "/" on either server, answers it with a 308 to
 * the WAR's own document.
 */
final class HostRootMetadata {

    private HostRootMetadata() {
    }

    /**
     * The root application as a WAR (for WildFly, where the test deploys it; Liberty's server.xml does).
     *
     * @return the archive, named ROOT.war
     */
    static WebArchive archive() {
        Path dir = Path.of(System.getProperty("liberty.config.dir", "../liberty-config"), "well-known-root.war");
        return ShrinkWrap.create(ExplodedImporter.class, "ROOT.war").importDirectory(dir.toFile())
                .as(WebArchive.class);
    }

    /**
     * Checks the redirect, the document it leads to, and a 404 for a path that names no WAR's endpoint.
     *
     * @param server   the server's base URL
     * @param context  the WAR's context root, without slashes
     * @param resource the resource URI the WAR's document names
     */
    static void redirectsToTheWarsOwn(String server, String context, String resource) {
        String hostRoot = server + "/.well-known/oauth-protected-resource/" + context + "/mcp";
        HttpResponse<String> redirect = new McpHttp(URI.create(hostRoot), null).get().send();
        assertEquals(308, redirect.statusCode(), redirect.body());
        String location = redirect.headers().firstValue("Location").orElse("");
        assertEquals("/" + context + "/.well-known/oauth-protected-resource/mcp", location);
        HttpResponse<String> metadata = new McpHttp(URI.create(hostRoot).resolve(location), null).get().send();
        assertEquals(200, metadata.statusCode(), metadata.body());
        assertEquals(resource, McpHttp.parse(metadata.body()).asJsonObject().getString("resource"));
        assertEquals(404, new McpHttp(URI.create(server + "/.well-known/oauth-protected-resource/x"), null)
                .get().send().statusCode());
    }
}
