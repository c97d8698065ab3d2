package dev.mcpee.sample.it;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.mcpee.sample.orgadmin.standin.ManagementApiStandIn;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The organization admin sample as the integration tests deploy it: the packaged WAR, configured for the
 * Asgardeo-shaped test issuer (the callers) and for the Management API stand-in this JVM runs (the
 * organization), which both servers reach on 127.0.0.1.
 */
final class OrgAdminWar {

    /** Every caller scope of the sample. */
    static final String ALL_SCOPES = "org-admin:apps:read org-admin:apps:write org-admin:apis:read"
            + " org-admin:apis:write org-admin:users:write org-admin:claims:read";

    /** The stand-in's port: fixed, because the WAR's configuration names it before deployment. */
    static final int STAND_IN_PORT = Integer.getInteger("orgadmin.standin.port", 18095);

    private static ManagementApiStandIn standIn;

    private OrgAdminWar() {
    }

    /**
     * The stand-in, started on first use and kept for the JVM (the servers' WARs point at it).
     *
     * @return the stand-in
     */
    static synchronized ManagementApiStandIn standIn() {
        if (standIn == null) {
            standIn = ManagementApiStandIn.start(STAND_IN_PORT);
        }
        return standIn;
    }

    /**
     * The sample, configured for the stand-in.
     *
     * @param context the context root
     * @param server  the server's base URL
     * @return the archive
     */
    static WebArchive archive(String context, String server) {
        return archive(context, server, Map.of("orgadmin.base-url", standIn().baseUrl().toString(),
                "orgadmin.client-id", ManagementApiStandIn.CLIENT_ID,
                "orgadmin.client-secret", ManagementApiStandIn.CLIENT_SECRET));
    }

    /**
     * The sample, configured for another organization.
     *
     * @param context      the context root
     * @param server       the server's base URL
     * @param organization the {@code orgadmin.*} settings
     * @return the archive
     */
    static WebArchive archive(String context, String server, Map<String, String> organization) {
        File war = new File(System.getProperty("orgadmin.war", "org-admin/target/org-admin.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war.getAbsolutePath() + " is missing: run the integration tests through"
                    + " Maven (mvn verify), which packages it first");
        }
        Map<String, String> config = new HashMap<>(organization);
        config.put("mcp.auth.audience-aliases", AuthServers.Provider.ASGARDEO.clientIdAudience);
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, context + ".war").importFrom(war)
                .as(WebArchive.class);
        return SampleWar.configure(archive, AuthServers.Provider.ASGARDEO.issuer(), server, context, config);
    }

    /**
     * A caller's token.
     *
     * @param resource the MCP endpoint
     * @param scope    the scopes
     * @param roles    the roles
     * @return the token
     */
    static String token(String resource, String scope, List<String> roles) {
        return AuthServers.Provider.ASGARDEO.token(resource, "olga", scope, roles, 300, Map.of());
    }

    /**
     * An administrator with every scope and the user-admin role.
     *
     * @param resource the MCP endpoint
     * @return the token
     */
    static String admin(String resource) {
        return token(resource, ALL_SCOPES, List.of("user-admin"));
    }
}
