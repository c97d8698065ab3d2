package dev.mcpee.sample.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import dev.mcpee.sample.it.SampleWar;
import dev.mcpee.sample.servers.Cpus;
import dev.mcpee.sample.servers.ManagedLiberty;
import dev.mcpee.sample.servers.ManagedServer;
import dev.mcpee.sample.servers.ManagedWildFly;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The performance benchmark ({@code mvn -Pbench verify}, never part of the test command): mcp-ee's endpoint
 * against the ceiling ({@link CeilingServlet}: the thinnest correct MCP exchange, deployed in the same WAR on the
 * same server) for every {@link Scenario}, each as a 2025-11-25 session and as a 2026-07-28 request, at several
 * concurrencies, on Open Liberty and on WildFly, each started by the benchmark with the server pinned to CPU 0
 * and the load on CPU 1 ({@code taskset}) and once unpinned. After a fresh server's warm-up (every scenario on
 * both endpoints), each cell has a short warm-up, then {@code bench.rounds} rounds alternate the two endpoints. Besides: deployment time of 1,000 tools against 10, and the heap 10,000
 * idle sessions hold. Prints one table and writes it with every figure to {@code target/bench/}.
 *
 * <p>Settings (system properties, see the README): {@code bench.servers}, {@code bench.pinning}, {@code bench.endpoints}, {@code bench.jaxrs},
 * {@code bench.concurrency.unpinned}, {@code bench.deploys},
 * {@code bench.concurrency}, {@code bench.revisions}, {@code bench.scenarios}, {@code bench.seconds},
 * {@code bench.rounds}, {@code bench.warmup}, {@code bench.warmup.server}, {@code bench.cold.calls},
 * {@code bench.sessions}, {@code bench.jfr} ({@code true}, or a
 * {@code .jfc} settings file: a flight recording of the server per cell, in {@code target/bench}).
 */
class PerformanceBenchmarkIT {

    static final String AUDIENCE = "bench-client";
    /** The ceiling's classes, in every WAR the benchmark deploys. */
    static final Class<?>[] CEILING = {CeilingExchange.class, CeilingServlet.class, CeilingResource.class,
        CeilingApplication.class, CeilingTokens.class, CeilingTool.class, CeilingToolSet.class};
    private static final Path WORK = Path.of("target", "bench");

    private static List<String> list(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private final List<String> servers = list("bench.servers", "liberty,wildfly");
    private final List<String> pinnings = list("bench.pinning", "pinned,unpinned");
    private final List<Integer> concurrency = list("bench.concurrency", "1,16,64").stream().map(Integer::valueOf)
            .toList();
    /** The unpinned run shows what a JVM that sees every CPU does; one concurrency keeps it short. */
    private final List<Integer> concurrencyUnpinned = list("bench.concurrency.unpinned", "16").stream()
            .map(Integer::valueOf).toList();
    private final List<String> revisions = list("bench.revisions", "2025-11-25,2026-07-28");
    private final List<String> endpoints = list("bench.endpoints", "mcp,ceiling,ceiling-jaxrs,naive");
    /** The scenarios the ceiling behind JAX-RS and the naive stack also run (the JAX-RS cost is per call). */
    private final List<String> jaxrsScenarios = list("bench.jaxrs", "sync text tool");
    private final List<String> scenarioFilter = list("bench.scenarios", "");
    private final long millis = Math.round(Double.parseDouble(System.getProperty("bench.seconds", "2")) * 1000);
    private final int rounds = Integer.getInteger("bench.rounds", 3);
    private final long warmupMillis = Math.round(Double.parseDouble(System.getProperty("bench.warmup", "1")) * 1000);
    private final long serverWarmupMillis = Math.round(Double.parseDouble(System.getProperty("bench.warmup.server",
            "8")) * 1000);
    private final int coldCalls = Integer.getInteger("bench.cold.calls", 2000);
    private final int idleSessions = Integer.getInteger("bench.sessions", 10_000);
    private final String jfrSettings = System.getProperty("bench.jfr", "false");
    private final boolean jfr = !"false".equals(jfrSettings);

    private final Report report = new Report();
    private BenchIssuer issuer;

    @Test
    void benchmark() throws Exception {
        Files.createDirectories(WORK);
        boolean canPin = Cpus.canPin();
        List<Scenario> scenarios = Scenario.all().stream().filter(s -> scenarioFilter.isEmpty()
                || scenarioFilter.stream().anyMatch(f -> s.name().contains(f))).toList();
        try (BenchIssuer started = BenchIssuer.start()) {
            issuer = started;
            List<Integer> allConcurrency = java.util.stream.Stream.concat(concurrency.stream(),
                    concurrencyUnpinned.stream()).distinct().toList();
            ColdTokens cold = new ColdTokens(issuer, AUDIENCE, scenarios, revisions, allConcurrency, rounds,
                    coldCalls);
            for (String server : servers) {
                for (String pinning : pinnings) {
                    boolean pinned = "pinned".equals(pinning);
                    if (pinned && !canPin) {
                        report.note("No pinned run: taskset is missing or the machine has fewer than 2 CPUs.");
                        continue;
                    }
                    Cpus.pinSelf(pinned);
                    try (ManagedServer s = server(server, pinned)) {
                        runServer(s, scenarios, cold);
                    }
                }
            }
        }
        Cpus.pinSelf(false);
        report.print(WORK, describe());
    }

    private String describe() {
        return String.format(java.util.Locale.ROOT, "%d CPUs, %s %s, Java %s; %d round(s) of %d ms per cell and"
                        + " endpoint after %d ms warm-up; %d fresh tokens per cold run",
                Cpus.COUNT, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), rounds, millis, warmupMillis,
                coldCalls);
    }

    private ManagedServer server(String name, boolean pinned) {
        return switch (name) {
            case "liberty" -> new ManagedLiberty(WORK, "bench-" + (pinned ? "pinned" : "unpinned"), 29080, pinned,
                    Path.of(System.getProperty("liberty.wlp.home")),
                    Path.of(System.getProperty("liberty.config.dir", "../liberty-config")),
                    // The ceiling behind JAX-RS needs it; mcp-ee does not.
                    List.of("restfulWS-3.1"));
            case "wildfly" -> new ManagedWildFly(WORK, "wildfly-" + (pinned ? "pinned" : "unpinned"), 20000, pinned,
                    Path.of(System.getProperty("wildfly.home")));
            default -> throw new IllegalArgumentException("bench.servers: unknown server " + name);
        };
    }

    private String config(ManagedServer server, String war) {
        return "mcp.auth.issuer=" + issuer.issuer() + "\nmcp.auth.resource=" + server.baseUrl() + "/" + war
                + "/mcp\nmcp.auth.audience-aliases=" + AUDIENCE + "\nmcp.auth.roles-claim=roles\n"
                + "mcp.session.max=" + (idleSessions + 1000) + "\nmcp.session.max-per-owner=" + (idleSessions + 1000)
                + "\n";
    }

    private void runServer(ManagedServer server, List<Scenario> scenarios, ColdTokens cold) throws Exception {
        String mode = server.name() + (server.pinned() ? ", pinned (server CPU 0, load CPU 1)" : ", unpinned");
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("mcp.auth.audience-aliases", AUDIENCE);
        WebArchive bench = SampleWar.archive("bench", issuer.issuer(), server.baseUrl(), extra)
                .addClasses(CEILING).addClasses(EchoTools.class, CeilingBenchTools.class);
        List<WebArchive> wars = new ArrayList<>(List.of(bench));
        List<String> probes = new ArrayList<>(List.of(server.baseUrl() + "/bench/ceiling"));
        if (server instanceof ManagedWildFly) {
            wars.add(org.jboss.shrinkwrap.api.ShrinkWrap.create(WebArchive.class, "naive.war")
                    .addClasses(NaiveApplication.class, NaiveResource.class)
                    .addAsResource(new org.jboss.shrinkwrap.api.asset.StringAsset("mp.jwt.verify.issuer="
                            + issuer.issuer() + "\nmp.jwt.verify.publickey.location=" + issuer.issuer()
                            + "/jwks\nmp.jwt.verify.audiences=" + AUDIENCE + "\n"),
                            "META-INF/microprofile-config.properties"));
            probes.add(server.baseUrl() + "/naive/mcp");
        }
        server.start(wars, probes);
        deployments(server, mode);

        // A fresh JVM compiles for a while: every scenario runs on both endpoints before anything is measured.
        for (Scenario scenario : scenarios) {
            for (String revision : revisions) {
                cell(server, scenario, Load.REVISION_2026.equals(revision), 16, cold, serverWarmupMillis, 0);
            }
        }
        // The compiler finishes what the warm-up queued before the first cell is measured.
        Thread.sleep(5_000);
        for (Scenario scenario : scenarios) {
            for (String revision : revisions) {
                boolean stateless = Load.REVISION_2026.equals(revision);
                for (int clients : server.pinned() ? concurrency : concurrencyUnpinned) {
                    Path recording = jfr ? WORK.resolve(String.format(java.util.Locale.ROOT, "%s-%s-%s-%s-c%d.jfr",
                            server.name(), server.pinned() ? "pinned" : "unpinned", scenario.name()
                                    .replaceAll("[^A-Za-z0-9]+", "_"), revision, clients)) : null;
                    if (recording != null) {
                        server.startRecording(recording, "true".equals(jfrSettings) ? "profile" : jfrSettings);
                    }
                    report.add(mode, scenario, revision, clients, cell(server, scenario, stateless, clients, cold,
                            warmupMillis, rounds));
                    if (recording != null) {
                        server.stopRecording();
                    }
                }
            }
        }
        idleSessions(server, mode);
    }

    /**
     * Deployment time by the server's own log: 10 tools, 1,000 tools, and the same 1,000 methods without
     * {@code @McpTool} (what the container spends on the beans alone), each deployed {@code bench.deploys} times
     * in turn; medians. The first deployment after start (more class loading) is reported apart.
     */
    private void deployments(ManagedServer server, String mode) throws Exception {
        long first = server.deploy(GeneratedTools.war("tools10", 10, config(server, "tools10")));
        server.deploy(GeneratedTools.war("tools1000", 1000, config(server, "tools1000")));
        int times = Integer.getInteger("bench.deploys", 3);
        long[][] millis = new long[3][times];
        for (int i = 0; i < times; i++) {
            if (jfr && i == 0) {
                server.startRecording(WORK.resolve(server.name() + (server.pinned() ? "-pinned" : "-unpinned")
                        + "-deploy1000.jfr"), "true".equals(jfrSettings) ? "profile" : jfrSettings);
            }
            millis[1][i] = server.deploy(GeneratedTools.war("tools1000-" + i, 1000, config(server, "tools1000-" + i)));
            if (jfr && i == 0) {
                server.stopRecording();
            }
            millis[0][i] = server.deploy(GeneratedTools.war("tools10-" + i, 10, config(server, "tools10-" + i)));
            millis[2][i] = server.deploy(GeneratedTools.plain("plain1000-" + i, 1000, config(server, "plain-" + i)));
        }
        for (int i = 0; i < times; i++) {
            for (String war : List.of("tools1000-", "tools10-", "plain1000-")) {
                server.undeploy(war + i + ".war");
            }
        }
        long tools10 = median(millis[0]);
        long tools1000 = median(millis[1]);
        long plain = median(millis[2]);
        report.note(String.format(java.util.Locale.ROOT, "%s: deployment (median of %d): 10 tools %d ms, 1,000 tools"
                + " %d ms (+%d ms), the same 1,000 methods without @McpTool %d ms: mcp-ee's work for 1,000 tools"
                + " %d ms (first deployment after start, 10 tools: %d ms; each: 10 %s, 1,000 %s, plain %s)", mode,
                times, tools10, tools1000, tools1000 - tools10, plain, tools1000 - plain, first,
                java.util.Arrays.toString(millis[0]), java.util.Arrays.toString(millis[1]),
                java.util.Arrays.toString(millis[2])));
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    /** One cell: warm-up, then the rounds, mcp-ee and the ceiling alternating which goes first. */
    private Report.Cell cell(ManagedServer server, Scenario scenario, boolean stateless, int clients, ColdTokens cold,
                             long warmup, int rounds) throws Exception {
        String base = server.baseUrl() + "/" + scenario.war() + "/";
        boolean jaxrs = jaxrsScenarios.contains(scenario.name());
        List<Integer> measured = IntStream.range(0, Report.ENDPOINTS.size()).filter(e -> {
            String name = Report.ENDPOINTS.get(e);
            return endpoints.contains(name) && switch (name) {
                case "ceiling-jaxrs" -> jaxrs;
                case "naive" -> jaxrs && server instanceof ManagedWildFly;
                default -> true;
            };
        }).boxed().toList();
        URI[] urls = Report.ENDPOINTS.stream().map(e -> URI.create("naive".equals(e) ? server.baseUrl() + "/naive/mcp"
                : base + e)).toArray(URI[]::new);
        String[] cursors = new String[urls.length];
        String subject = scenario.coldToken() != null ? "bench-cold" : "bench";
        String listToken = issuer.token(BenchIssuer.Alg.RS256, AUDIENCE, subject);
        for (int e : measured) {
            if (scenario.cursorPage() > 0) {
                cursors[e] = Load.cursor(urls[e], listToken, stateless, scenario.cursorPage(), scenario);
            }
        }
        String[] tokens = IntStream.range(0, clients).mapToObj(c -> issuer.token(BenchIssuer.Alg.RS256, AUDIENCE,
                scenario.coldToken() != null ? subject : subject + "-" + c)).toArray(String[]::new);
        Report.Cell cell = new Report.Cell();
        for (int e : measured) {
            Load.run(urls[e], scenario, stateless, clients, warmup, c -> tokens[c],
                    supplier(cold.warmup(scenario, stateless)), cursors[e], server);
        }
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < measured.size(); k++) {
                int e = measured.get((r + k) % measured.size());
                Load.Run run = Load.run(urls[e], scenario, stateless, clients, millis, c -> tokens[c],
                        supplier(cold.round(scenario, stateless, clients, r)), cursors[e], server);
                cell.add(e, run);
            }
        }
        return cell;
    }

    private static java.util.function.Supplier<String> supplier(List<String> tokens) {
        if (tokens == null) {
            return () -> null;
        }
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(tokens);
        return queue::poll;
    }

    /** The live objects idle 2025-11-25 sessions hold (a class histogram before and after), on the 10-tool WAR. */
    private void idleSessions(ManagedServer server, String mode) throws Exception {
        URI endpoint = URI.create(server.baseUrl() + "/tools10/mcp");
        String token = issuer.token(BenchIssuer.Alg.ES256, AUDIENCE, "bench-idle");
        Load.openSession(endpoint, token);
        long before = server.liveBytes();
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < idleSessions; i++) {
            sessions.add(Load.openSession(endpoint, token));
        }
        long after = server.liveBytes();
        int alive = 0;
        for (String session : List.of(sessions.get(0), sessions.get(sessions.size() - 1))) {
            alive += Load.send(endpoint, token, session, "POST", "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}",
                    null).status() == 200 ? 1 : 0;
        }
        report.note(String.format(java.util.Locale.ROOT, "%s: %,d idle sessions hold %.1f MB of live objects"
                        + " (%.0f bytes each; %.1f MB live before, %.1f MB after; first and last still answer: %d/2)",
                mode, idleSessions, (after - before) / 1e6, (after - before) / (double) idleSessions, before / 1e6,
                after / 1e6, alive));
    }
}
