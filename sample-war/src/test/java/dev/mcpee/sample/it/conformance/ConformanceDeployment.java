package dev.mcpee.sample.it.conformance;


import dev.mcpee.sample.it.SampleWar;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The conformance fixtures as a WAR of their own: the extension jar and the fixtures, with anonymous access
 * (the suite sends no token) at /conformance, or behind authorization at /conformance-secured.
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
        return archive("conformance", "mcp.auth.anonymous=true\n");
    }

    /** The resource URI of the secured deployment (its tokens' audience). */
    private static final String SECURED_RESOURCE = "http://localhost:"
            + System.getProperty("liberty.http.port", "19080") + "/conformance-secured/mcp";

    /**
     * The fixtures behind authorization: tokens from the Asgardeo-shaped test authorization server.
     *
     * @return conformance-secured.war
     */
    public static WebArchive secured() {
        return archive("conformance-secured", "mcp.auth.issuer=" + dev.mcpee.sample.it.TestAuth.asgardeoIssuer() + "\n"
                + "mcp.auth.resource=" + SECURED_RESOURCE + "\n"
                + "mcp.auth.audience-aliases=" + dev.mcpee.sample.it.TestAuth.asgardeoClientId() + "\n");
    }

    /**
     * A valid token for the secured deployment.
     *
     * @return the token
     */
    public static String token() {
        return dev.mcpee.sample.it.TestAuth.staffToken(SECURED_RESOURCE);
    }

    /**
     * The fixtures with two items per list page, for pagination tests.
     *
     * @return conformance-paged.war
     */
    public static WebArchive paged() {
        return archive("conformance-paged", "mcp.auth.anonymous=true\nmcp.list.page-size=2\n");
    }

    /**
     * The fixtures with configuration of the caller's own.
     *
     * @param name       the archive's name and context root
     * @param authConfig configuration lines (authorization and more)
     * @return the archive
     */
    public static WebArchive archive(String name, String authConfig) {
        // The suite never ends its sessions: short-lived sessions end their open streams soon after it.
        return SampleWar.extensionOnly(name, "mcp.server.name=mcp-ee-conformance\n"
                + "mcp.session.idle-timeout=PT20S\n" + authConfig, ConformanceFixtures.class,
                ConformanceFixtures.address.class, StatelessFixtures.class);
    }
}
