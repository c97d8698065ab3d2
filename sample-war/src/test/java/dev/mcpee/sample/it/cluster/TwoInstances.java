package dev.mcpee.sample.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.mcpee.sample.it.AuthServers;
import dev.mcpee.sample.it.LoopbackProxy;
import dev.mcpee.sample.it.NodeClient;
import dev.mcpee.sample.it.Tokens;
import dev.mcpee.sample.it.conformance.ConformanceSuite;
import dev.mcpee.sample.servers.ManagedServer;
import jakarta.json.JsonObject;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of one server kind sharing their sessions through Hazelcast (JCache), behind a round-robin
 * proxy without affinity: the official TypeScript SDK client and the conformance suite (2025-11-25
 * requirements) through the proxy, the {@link ClusterChecks} on each instance directly, and last, instance A
 * killed mid-stream. The servers are started here (not by Arquillian, which manages one).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class TwoInstances {

    static final Path WORK = Path.of("target", "cluster");

    private ManagedServer a;
    private ManagedServer b;
    private LoopbackProxy proxy;
    private String token;

    /** @return {@code liberty} or {@code wildfly} */
    abstract String kind();

    /** @return the first Hazelcast port of this kind's clusters (two clusters, ten ports apart) */
    abstract int hazelcastPort();

    /** @return the two servers, not started */
    abstract ManagedServer[] servers() throws Exception;

    /** Starts both instances with the cluster WARs, and the proxy in front of them. */
    @BeforeAll
    void start() throws Exception {
        Files.createDirectories(WORK);
        ManagedServer[] pair = servers();
        a = pair[0];
        b = pair[1];
        proxy = new LoopbackProxy(List.of(URI.create(a.baseUrl()), URI.create(b.baseUrl())), null);
        boolean wildfly = "wildfly".equals(kind());
        List<WebArchive> wars = List.of(ClusterWar.sample(proxy.origin(), hazelcastPort(), wildfly),
                ClusterWar.conformance(hazelcastPort() + 10, wildfly));
        CompletableFuture<Void> startB = CompletableFuture.runAsync(() -> {
            try {
                b.start(wars, probes(b));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        a.start(wars, probes(a));
        startB.join();
        token = Tokens.staff(AuthServers.Provider.ASGARDEO, proxy.origin() + "/cluster/mcp");
    }

    private static List<String> probes(ManagedServer server) {
        return List.of(server.baseUrl() + "/cluster/mcp", server.baseUrl() + "/cluster-conformance/mcp");
    }

    private ClusterChecks checks() {
        return new ClusterChecks(URI.create(a.baseUrl() + "/cluster/mcp"), URI.create(b.baseUrl() + "/cluster/mcp"),
                token);
    }

    @Test
    @Order(1)
    void aSessionServesOnEitherInstance() {
        checks().sessionServesOnEitherInstance();
    }

    @Test
    @Order(2)
    void anElicitationStartedOnAIsAnsweredThroughB() throws Exception {
        checks().elicitationStartedOnAIsAnsweredThroughB();
    }

    @Test
    @Order(3)
    void anUpdateOnBReachesASubscriberStreamingFromA() throws Exception {
        checks().updateOnBReachesSubscriberStreamingFromA();
    }

    @Test
    @Order(4)
    void theOfficialClientWorksThroughTheProxy() throws Exception {
        int before = proxy.served(0) + proxy.served(1);
        JsonObject report = NodeClient.run("smoke.mjs", proxy.origin() + "/cluster/mcp", token);
        assertEquals("Rex", report.getJsonObject("profile").getString("name"), report.toString());
        assertEquals("check-up", report.getJsonObject("booked").getString("reason"), report.toString());
        assertTrue(proxy.served(0) > 0 && proxy.served(1) > 0 && proxy.served(0) + proxy.served(1) - before > 4,
                "requests went to both instances: " + proxy.served(0) + "/" + proxy.served(1));
    }

    @Test
    @Order(5)
    void theConformanceSuitePassesThroughTheProxy() throws Exception {
        ConformanceSuite.runAndCheck(proxy.origin().replace("localhost", "127.0.0.1") + "/cluster-conformance/mcp",
                getClass().getSimpleName(), "--requirements 2025-11-25");
    }

    @Test
    @Order(6)
    void aCallResumesOnBAfterADiesWithNothingLostOrRepeated() throws Exception {
        checks().resumedOnBAfterADiesWithNothingLostOrRepeated(a::kill);
    }

    @AfterAll
    void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        try {
            if (a != null) {
                a.close();
            }
        } finally {
            if (b != null) {
                b.close();
            }
        }
    }
}
