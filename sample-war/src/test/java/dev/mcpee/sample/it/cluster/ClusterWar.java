package dev.mcpee.sample.it.cluster;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mcpee.sample.it.AuthServers;
import dev.mcpee.sample.it.SampleWar;
import dev.mcpee.sample.it.conformance.ConformanceDeployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WARs of the two-instance tests, as a user would build them for a cluster: the application plus the
 * JCache API and Hazelcast in {@code WEB-INF/lib}, a Hazelcast configuration joining the instances over TCP on
 * 127.0.0.1 (no multicast), and {@code mcp.session.store=jcache}. Each WAR is its own Hazelcast cluster.
 */
final class ClusterWar {

    /** The key every instance seals {@code requestState} with (2026-07-28 needs no store, only this). */
    static final String STATE_KEY = "Y2x1c3Rlci1pdC1zdGF0ZS1rZXktMzItYnl0ZXMtbG9uZy0tLQ==";

    private ClusterWar() {
    }

    /**
     * The sample with the cluster test tools, trusting the Asgardeo-shaped test issuer.
     *
     * @param resourceOrigin the origin clients reach it at (the proxy)
     * @param firstPort      the Hazelcast port of the first instance; the others follow
     * @param wildfly        whether it goes to WildFly
     * @return cluster.war
     */
    static WebArchive sample(String resourceOrigin, int firstPort, boolean wildfly) {
        WebArchive war = SampleWar.archive("cluster", AuthServers.Provider.ASGARDEO, resourceOrigin,
                Map.of("mcp.session.store", "jcache",
                        "mcp.session.jcache.provider", "com.hazelcast.cache.HazelcastMemberCachingProvider",
                        "mcp.session.jcache.properties", "hazelcast.config.location=classpath:mcp-hazelcast.xml",
                        "mcp.mrtr.state-key", STATE_KEY));
        return clustered(war.addClass(ClusterTools.class), "mcp-ee-cluster-" + firstPort, firstPort, wildfly);
    }

    /**
     * The conformance fixtures, anonymous, shared through the cluster.
     *
     * @param firstPort the Hazelcast port of the first instance
     * @param wildfly   whether it goes to WildFly
     * @return cluster-conformance.war
     */
    static WebArchive conformance(int firstPort, boolean wildfly) {
        return clustered(ConformanceDeployment.archive("cluster-conformance", "mcp.auth.anonymous=true\n"
                        + "mcp.session.store=jcache\n"
                        + "mcp.session.jcache.provider=com.hazelcast.cache.HazelcastMemberCachingProvider\n"
                        + "mcp.session.jcache.properties=hazelcast.config.location=classpath:mcp-hazelcast.xml\n"
                        + "mcp.mrtr.state-key=" + STATE_KEY + "\n"),
                "mcp-ee-conformance-" + firstPort, firstPort, wildfly);
    }

    private static WebArchive clustered(WebArchive war, String clusterName, int firstPort, boolean wildfly) {
        for (String jar : List.of("hazelcast-", "cache-api-")) {
            war.addAsLibrary(jar(jar));
        }
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            members.append("<member>127.0.0.1:").append(firstPort + i).append("</member>");
        }
        war.addAsResource(new StringAsset("""
                <hazelcast xmlns="http://www.hazelcast.com/schema/config">
                  <cluster-name>%s</cluster-name>
                  <properties>
                    <property name="hazelcast.phone.home.enabled">false</property>
                    <property name="hazelcast.socket.bind.any">false</property>
                    <property name="hazelcast.shutdownhook.enabled">false</property>
                    <property name="hazelcast.logging.type">jdk</property>
                  </properties>
                  <network>
                    <port auto-increment="true" port-count="4">%d</port>
                    <join>
                      <auto-detection enabled="false"/>
                      <multicast enabled="false"/>
                      <tcp-ip enabled="true"><member-list>%s</member-list></tcp-ip>
                    </join>
                    <interfaces enabled="true"><interface>127.0.0.1</interface></interfaces>
                  </network>
                </hazelcast>
                """.formatted(clusterName, firstPort, members)), "mcp-hazelcast.xml");
        if (wildfly) {
            // WildFly hides sun.misc.Unsafe from deployments; Hazelcast runs faster with it.
            war.addAsWebInfResource(new StringAsset("<jboss-deployment-structure><deployment><dependencies>"
                    + "<module name=\"jdk.unsupported\"/></dependencies></deployment></jboss-deployment-structure>"),
                    "jboss-deployment-structure.xml");
        }
        return war;
    }

    /** A jar of the test class path, by the start of its file name. */
    private static File jar(String prefix) {
        List<String> found = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (name.startsWith(prefix) && name.endsWith(".jar") && Character.isDigit(name.charAt(prefix.length()))) {
                found.add(entry);
            }
        }
        if (found.size() != 1) {
            throw new IllegalStateException("expected one " + prefix + "*.jar on the test class path: " + found);
        }
        return new File(found.get(0));
    }
}
