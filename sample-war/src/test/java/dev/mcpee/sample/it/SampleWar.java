package dev.mcpee.sample.it;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The packaged sample WAR, deployed as it is: the tests exercise the real artifact. */
final class SampleWar {

    private SampleWar() {
    }

    /**
     * The WAR built by this module's package phase.
     *
     * @return the archive, named vetassist.war so its context root is /vetassist
     */
    static WebArchive archive() {
        File war = new File(System.getProperty("vetassist.war", "target/vetassist.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war.getAbsolutePath() + " is missing: run the integration tests"
                    + " through Maven (mvn verify), which packages it first");
        }
        return ShrinkWrap.create(ZipImporter.class, "vetassist.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * A client for the deployed endpoint.
     *
     * @param base the deployment's base URL from Arquillian
     * @return the client
     */
    static McpHttp client(URL base) {
        try {
            return new McpHttp(base.toURI().resolve("mcp"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * The endpoint URL.
     *
     * @param base the deployment's base URL
     * @return the MCP endpoint
     */
    static URI endpoint(URL base) {
        return client(base).endpoint();
    }
}
