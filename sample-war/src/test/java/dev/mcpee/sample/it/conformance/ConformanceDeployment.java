package dev.mcpee.sample.it.conformance;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The conformance fixtures as a WAR of their own: the extension jar, the fixtures, and anonymous access (the
 * suite sends no token). Deployed at /conformance.
 */
public final class ConformanceDeployment {

    private ConformanceDeployment() {
    }

    /**
     * The archive.
     *
     * @return conformance.war
     */
    public static WebArchive archive() {
        File extension = new File(System.getProperty("mcp-ee.jar", "../extension/target/mcp-ee-0.1.0-SNAPSHOT.jar"));
        if (!extension.isFile()) {
            throw new IllegalStateException(extension.getAbsolutePath() + " is missing: build the extension first");
        }
        return ShrinkWrap.create(WebArchive.class, "conformance.war")
                .addAsLibrary(extension)
                .addClasses(ConformanceFixtures.class, ConformanceFixtures.address.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .addAsResource(new StringAsset("mcp.server.name=mcp-ee-conformance\n"
                        + "# The conformance suite sends no access token.\nmcp.auth.anonymous=true\n"),
                        "META-INF/microprofile-config.properties");
    }
}
