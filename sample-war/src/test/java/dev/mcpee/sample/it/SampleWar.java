package dev.mcpee.sample.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.Properties;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WARs the integration tests deploy, built in one place: the packaged sample, deployed as it is except for
 * its MicroProfile Config file (which points the extension at a test authorization server and names the
 * resource URI the WAR is reached at), and WARs of the extension jar with test classes only.
 */
public final class SampleWar {

    /** Where the Liberty test server listens. */
    static final String LIBERTY = "http://localhost:" + System.getProperty("liberty.http.port", "19080");
    /** Where the WildFly test server listens. */
    static final String WILDFLY = System.getProperty("wildfly.url", "http://localhost:18080");

    private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";

    private SampleWar() {
    }

    /**
     * The sample configured for a provider's tokens.
     *
     * @param context  the context root (also the archive name)
     * @param provider whose tokens the WAR accepts
     * @param server   the server's base URL
     * @param extra    further configuration
     * @return the archive
     */
    public static WebArchive archive(String context, AuthServers.Provider provider, String server,
                                     Map<String, String> extra) {
        Map<String, String> config = new java.util.HashMap<>();
        if (provider.clientIdAudience != null) {
            config.put("mcp.auth.audience-aliases", provider.clientIdAudience);
        }
        config.putAll(extra);
        return archive(context, provider.issuer(), server, config);
    }

    /**
     * The sample configured for an authorization server.
     *
     * @param context the context root (also the archive name)
     * @param issuer  the issuer the WAR trusts
     * @param server  the server's base URL
     * @param extra   further configuration
     * @return the archive
     */
    public static WebArchive archive(String context, String issuer, String server, Map<String, String> extra) {
        File war = new File(System.getProperty("vetassist.war", "target/vetassist.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war.getAbsolutePath() + " is missing: run the integration tests"
                    + " through Maven (mvn verify), which packages it first");
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, context + ".war").importFrom(war)
                .as(WebArchive.class);
        return configure(archive, issuer, server, context, extra);
    }

    /**
     * A packaged WAR with test configuration merged into its MicroProfile Config file.
     *
     * @param archive the WAR
     * @param issuer  the issuer the WAR trusts
     * @param server  the server's base URL
     * @param context the context root
     * @param extra   further configuration
     * @return the archive
     */
    static WebArchive configure(WebArchive archive, String issuer, String server, String context,
                                Map<String, String> extra) {
        Properties config = new Properties();
        ArchivePath path = org.jboss.shrinkwrap.api.ArchivePaths.create(CONFIG);
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            config.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.setProperty("mcp.auth.issuer", issuer);
        config.setProperty("mcp.auth.resource", resource(server, context));
        config.setProperty("mcp.auth.roles-claim", "roles");
        extra.forEach(config::setProperty);
        archive.delete(path);
        archive.add(new StringAsset(write(config)), path);
        return archive;
    }

    /**
     * The sample as the Liberty tests deploy it, with Asgardeo-shaped tokens.
     *
     * @return the archive at /vetassist
     */
    static WebArchive archive() {
        return archive("vetassist", AuthServers.Provider.ASGARDEO, LIBERTY, Map.of());
    }

    /**
     * The resource URI of a deployment.
     *
     * @param server  the server's base URL
     * @param context the context root
     * @return the MCP endpoint URL
     */
    static String resource(String server, String context) {
        return server + "/" + context + "/mcp";
    }

    /**
     * A client for the deployed endpoint, authenticated as vet staff with every scope.
     *
     * @param base the deployment's base URL from Arquillian
     * @return the client
     */
    static McpHttp client(URL base) {
        return client(base, AuthServers.Provider.ASGARDEO);
    }

    /**
     * A client for the deployed endpoint, authenticated as vet staff with every scope.
     *
     * @param base     the deployment's base URL
     * @param provider whose tokens to send
     * @return the client
     */
    static McpHttp client(URL base, AuthServers.Provider provider) {
        URI endpoint = endpoint(base);
        return new McpHttp(endpoint, Tokens.staff(provider, endpoint.toString()));
    }

    /**
     * The endpoint URL.
     *
     * @param base the deployment's base URL
     * @return the MCP endpoint
     */
    static URI endpoint(URL base) {
        try {
            return base.toURI().resolve("mcp");
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * A WAR of the extension jar and the given classes only, with bean discovery of annotated beans.
     *
     * @param name    the archive's name without {@code .war} (its context root where the server derives one)
     * @param config  the contents of its {@code META-INF/microprofile-config.properties}
     * @param classes the beans it serves
     * @return the archive
     */
    public static WebArchive extensionOnly(String name, String config, Class<?>... classes) {
        File extension = new File(System.getProperty("mcp-ee.jar", "../extension/target/mcp-ee-0.1.0-SNAPSHOT.jar"));
        if (!extension.isFile()) {
            throw new IllegalStateException(extension.getAbsolutePath() + " is missing: build the extension first");
        }
        return ShrinkWrap.create(WebArchive.class, name + ".war").addAsLibrary(extension).addClasses(classes)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
    }

    private static String write(Properties p) {
        StringWriter w = new StringWriter();
        try {
            p.store(w, "test configuration");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
