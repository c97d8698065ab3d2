package dev.mcpee.sample.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import dev.mcpee.sample.servers.ManagedLiberty;
import dev.mcpee.sample.servers.ManagedServer;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * What sharing sessions costs ({@code mvn -Pbench verify -Dbench.it=ClusterBenchmarkIT}): the echo tool under
 * 2025-11-25 sessions on Open Liberty with the in-memory store, on one instance with the shared store
 * (Hazelcast, JCache), and on two such instances with each client's calls going to them in turn (a balancer
 * without affinity, without a proxy's own cost). Rounds alternate the setups' order.
 * Prints calls/s, latency percentiles and server CPU per call (both servers' for two instances), and writes them
 * to {@code target/bench/cluster.txt}. Settings: {@code bench.clients} (16), {@code bench.seconds} (5),
 * {@code bench.rounds} (3), {@code bench.warmup} (10 s per setup).
 */
class ClusterBenchmarkIT {

    private static final Path WORK = Path.of("target", "bench");

    @Test
    void memoryAgainstSharedAgainstTwoInstances() throws Exception {
        Files.createDirectories(WORK);
        int clients = Integer.getInteger("bench.clients", 16);
        long millis = Math.round(Double.parseDouble(System.getProperty("bench.seconds", "5")) * 1000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        long warmup = Math.round(Double.parseDouble(System.getProperty("bench.warmup", "10")) * 1000);
        Path wlp = Path.of(System.getProperty("liberty.wlp.home"));
        Path config = Path.of(System.getProperty("liberty.config.dir", "../liberty-config"));
        try (BenchIssuer issuer = BenchIssuer.start();
             ManagedServer memory = new ManagedLiberty(WORK, "bench-memory", 29180, false, wlp, config, List.of());
             ManagedServer a = new ManagedLiberty(WORK, "bench-shared-a", 29181, false, wlp, config, List.of());
             ManagedServer b = new ManagedLiberty(WORK, "bench-shared-b", 29182, false, wlp, config, List.of())) {
            memory.start(List.of(war(issuer, false)), List.of(memory.baseUrl() + "/bench/mcp"));
            a.start(List.of(war(issuer, true)), List.of(a.baseUrl() + "/bench/mcp"));
            b.start(List.of(war(issuer, true)), List.of(b.baseUrl() + "/bench/mcp"));
            String[] tokens = IntStream.range(0, clients).mapToObj(c -> issuer.token(BenchIssuer.Alg.RS256,
                    PerformanceBenchmarkIT.AUDIENCE, "bench-" + c)).toArray(String[]::new);
            Scenario echo = Scenario.all().get(0);
            String[] names = {"one instance, in-memory store", "one instance, shared store (Hazelcast)",
                "two instances, shared store, calls in turn"};
            {
                // The clients spread their calls themselves, so no proxy stands between them and the servers.
                List<List<URI>> endpoints = List.of(List.of(URI.create(memory.baseUrl() + "/bench/mcp")),
                        List.of(URI.create(a.baseUrl() + "/bench/mcp")),
                        List.of(URI.create(a.baseUrl() + "/bench/mcp"), URI.create(b.baseUrl() + "/bench/mcp")));
                ManagedServer[][] servers = {{memory}, {a}, {a, b}};
                List<List<Load.Run>> runs = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                for (int s = 0; s < 3; s++) {
                    run(endpoints.get(s), echo, clients, warmup, tokens, servers[s]);
                }
                for (int r = 0; r < rounds; r++) {
                    for (int k = 0; k < 3; k++) {
                        int s = (r + k) % 3;
                        runs.get(s).add(run(endpoints.get(s), echo, clients, millis, tokens, servers[s]));
                    }
                }
                StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "Cluster benchmark on Open"
                        + " Liberty: the echo tool under 2025-11-25 sessions, %d clients, %d rounds of %d ms%n"
                        + "%-42s %9s %15s %8s %8s %10s%n", clients, rounds, millis, "setup", "median/s",
                        "rounds min-max", "p50 ms", "p99 ms", "CPU µs/call"));
                for (int s = 0; s < 3; s++) {
                    report.append(line(names[s], runs.get(s)));
                }
                System.out.print(report);
                Files.writeString(WORK.resolve("cluster.txt"), report);
            }
        }
    }

    private static WebArchive war(BenchIssuer issuer, boolean shared) {
        WebArchive war = dev.mcpee.sample.it.SampleWar.archive("bench", issuer.issuer(), "http://localhost",
                shared ? java.util.Map.of("mcp.auth.audience-aliases", PerformanceBenchmarkIT.AUDIENCE,
                        "mcp.session.store", "jcache",
                        "mcp.session.jcache.provider", "com.hazelcast.cache.HazelcastMemberCachingProvider",
                        "mcp.session.jcache.properties", "hazelcast.config.location=classpath:mcp-hazelcast.xml")
                        : java.util.Map.of("mcp.auth.audience-aliases", PerformanceBenchmarkIT.AUDIENCE))
                .addClasses(EchoTools.class);
        if (shared) {
            for (String jar : List.of("hazelcast-", "cache-api-")) {
                war.addAsLibrary(jar(jar));
            }
            war.addAsResource(new StringAsset("""
                    <hazelcast xmlns="http://www.hazelcast.com/schema/config">
                      <cluster-name>mcp-ee-bench</cluster-name>
                      <properties>
                        <property name="hazelcast.phone.home.enabled">false</property>
                        <property name="hazelcast.socket.bind.any">false</property>
                        <property name="hazelcast.logging.type">jdk</property>
                      </properties>
                      <network>
                        <port auto-increment="true" port-count="3">25801</port>
                        <join>
                          <auto-detection enabled="false"/>
                          <multicast enabled="false"/>
                          <tcp-ip enabled="true"><member-list><member>127.0.0.1:25801</member>
                            <member>127.0.0.1:25802</member></member-list></tcp-ip>
                        </join>
                        <interfaces enabled="true"><interface>127.0.0.1</interface></interfaces>
                      </network>
                    </hazelcast>
                    """), "mcp-hazelcast.xml");
        }
        return war;
    }

    private static java.io.File jar(String prefix) {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String name = new java.io.File(entry).getName();
            if (name.startsWith(prefix) && name.endsWith(".jar") && Character.isDigit(name.charAt(prefix.length()))) {
                return new java.io.File(entry);
            }
        }
        throw new IllegalStateException("no " + prefix + "*.jar on the test class path");
    }

    private static Load.Run run(List<URI> endpoints, Scenario scenario, int clients, long millis, String[] tokens,
                                ManagedServer[] servers) throws Exception {
        long cpu0 = 0;
        for (ManagedServer s : servers) {
            cpu0 += s.cpuNanos();
        }
        Load.Run run = Load.run(endpoints, scenario, false, clients, millis,
                c -> tokens[c], () -> null, null, servers[0]);
        long cpu = -cpu0;
        for (ManagedServer s : servers) {
            cpu += s.cpuNanos();
        }
        return new Load.Run(run.calls(), run.errors(), run.firstError(), run.latencies(), run.elapsed(), cpu);
    }

    private static String line(String name, List<Load.Run> runs) {
        double[] rates = runs.stream().mapToDouble(Load.Run::perSecond).sorted().toArray();
        long[] all = runs.stream().flatMapToLong(r -> java.util.Arrays.stream(r.latencies())).sorted().toArray();
        double cpu = runs.stream().mapToDouble(Load.Run::cpuMicrosPerCall).sorted().toArray()[runs.size() / 2];
        int errors = runs.stream().mapToInt(Load.Run::errors).sum();
        return String.format(Locale.ROOT, "%-42s %9.0f %15s %8.2f %8.2f %10.0f%s%n", name, rates[rates.length / 2],
                String.format(Locale.ROOT, "%.0f-%.0f", rates[0], rates[rates.length - 1]),
                all.length == 0 ? Double.NaN : all[all.length / 2] / 1e6,
                all.length == 0 ? Double.NaN : all[(int) Math.min(all.length - 1, Math.ceil(0.99 * all.length) - 1)]
                        / 1e6, cpu, errors == 0 ? "" : "  errors: " + errors + ", first: "
                        + runs.stream().map(Load.Run::firstError).filter(e -> e != null).findFirst().orElse(""));
    }
}
