package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bounded benchmark of the transport paths on Open Liberty, run with {@code mvn -Pbench verify} (never by the
 * test command), comparing two deployments of the sample on the same server in the same run: {@code current}
 * (this build's extension jar) and {@code baseline} (the jar named by {@code bench.baseline.jar}, e.g. one built
 * from an earlier commit; without it the same jar again, so the comparison shows the noise of the machine).
 * Each scenario sends requests from a fixed number of clients, each with its own session and a real bearer
 * token. One warm-up pass runs every scenario on both, then {@code bench.rounds} rounds run them in turn, each
 * scenario on both deployments back to back, the order alternating between rounds so that neither profits
 * from going second. The report gives, per scenario and deployment, the median calls per second of the rounds
 * with the slowest and fastest round, latency percentiles over all rounds, calls whose connection failed, and
 * the ratio of the medians. Figures, not assertions: a scenario fails only if a response is wrong. Settings:
 * {@code bench.clients} (default 8), {@code bench.seconds} per scenario and round (default 5),
 * {@code bench.rounds} (default 3), {@code bench.warmup} seconds per scenario (default 3),
 * {@code bench.baseline.jar}. Everything stays on 127.0.0.1; the load generator shares the machine.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransportBenchmarkIT {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 5);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 3);
    private static final String BASELINE_JAR = System.getProperty("bench.baseline.jar", "");
    private static final String JSON = "application/json";

    @Deployment(name = "current", testable = false)
    static WebArchive current() {
        return SampleWar.archive("vetassist", AuthServers.Provider.ASGARDEO, SampleWar.LIBERTY, Map.of())
                .addClass(BenchTools.class);
    }

    @Deployment(name = "baseline", testable = false)
    static WebArchive baseline() {
        WebArchive war = SampleWar.archive("vetassist-base", AuthServers.Provider.ASGARDEO, SampleWar.LIBERTY,
                Map.of()).addClass(BenchTools.class);
        if (BASELINE_JAR.isBlank()) {
            return war;
        }
        File jar = new File(BASELINE_JAR);
        if (!jar.isFile()) {
            throw new IllegalStateException("bench.baseline.jar=" + BASELINE_JAR + " is not a file");
        }
        String lib = war.getContent().keySet().stream().map(ArchivePath::get)
                .filter(n -> n.matches("/WEB-INF/lib/mcp-ee-.*\\.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the sample WAR has no mcp-ee jar"));
        war.delete(lib);
        return war.addAsLibrary(jar, lib.substring("/WEB-INF/lib/".length()));
    }

    @ArquillianResource
    @OperateOnDeployment("current")
    URL currentBase;

    @ArquillianResource
    @OperateOnDeployment("baseline")
    URL baselineBase;

    /** One kind of request: what it sends, which Accept header, and what a right answer contains. */
    private record Scenario(String name, String method, String params, String accept, Predicate<String> right) {
    }

    /** What one deployment measured in one scenario: each round's latencies, and failed connections. */
    private record Measured(List<long[]> rounds, AtomicInteger failed) {

        Measured() {
            this(new ArrayList<>(), new AtomicInteger());
        }

        double median() {
            double[] rates = rounds.stream().mapToDouble(l -> l.length / (double) SECONDS).sorted().toArray();
            int n = rates.length;
            return n % 2 == 1 ? rates[n / 2] : (rates[n / 2 - 1] + rates[n / 2]) / 2;
        }
    }

    @Test
    void transportPaths() throws Exception {
        String echo = "{\"name\":\"%s\",\"arguments\":{\"text\":\"hello\"}%s}";
        String progress = ",\"_meta\":{\"progressToken\":1}";
        List<Scenario> scenarios = List.of(
                new Scenario("ping (JSON)", "ping", null, JSON, b -> b.contains("\"result\":{}")),
                new Scenario("tools/call echo (JSON)", "tools/call", echo.formatted("echo", ""), JSON,
                        b -> b.contains("\"text\":\"hello\"")),
                new Scenario("tools/call echoAsync (JSON, stage done on common pool)", "tools/call",
                        echo.formatted("echoAsync", ""), JSON, b -> b.contains("\"text\":\"hello\"")),
                new Scenario("tools/call echoAsyncPool (JSON, stage done on 4 threads)", "tools/call",
                        echo.formatted("echoAsyncPool", ""), JSON, b -> b.contains("\"text\":\"hello\"")),
                new Scenario("tools/call echoWithProgress (JSON only: progress dropped)", "tools/call",
                        echo.formatted("echoWithProgress", progress), JSON,
                        b -> b.contains("\"text\":\"hello\"") && !b.contains("notifications/progress")),
                new Scenario("tools/call echoWithProgress (SSE: progress + result)", "tools/call",
                        echo.formatted("echoWithProgress", progress), McpHttp.ACCEPT_BOTH,
                        b -> b.contains("notifications/progress") && b.contains("\"text\":\"hello\"")));
        // One HTTP client per deployment, as an application has: its pool grows to one connection per thread.
        McpHttp[] targets = {SampleWar.client(currentBase), SampleWar.client(baselineBase)};
        for (Scenario s : scenarios) {
            for (McpHttp target : targets) {
                run(target, s, WARMUP, new AtomicInteger());
            }
        }
        List<Measured[]> measured = new ArrayList<>();
        scenarios.forEach(s -> measured.add(new Measured[] {new Measured(), new Measured()}));
        for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < scenarios.size(); i++) {
                for (int k = 0; k < 2; k++) {
                    int t = (r + k) % 2;
                    Measured m = measured.get(i)[t];
                    m.rounds().add(run(targets[t], scenarios.get(i), SECONDS, m.failed()));
                }
            }
        }
        String report = report(scenarios, measured);
        System.out.print(report);
        Path out = Path.of("target", "bench-results.txt");
        Files.writeString(out, report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private static String report(List<Scenario> scenarios, List<Measured[]> measured) {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Transport benchmark on Open Liberty: %d clients, %d rounds of %d s per scenario and deployment"
                        + " after %d s warm-up, %d cores (load generator included)%nbaseline: %s%n", CLIENTS,
                ROUNDS, SECONDS, WARMUP, Runtime.getRuntime().availableProcessors(),
                BASELINE_JAR.isBlank() ? "the same jar again (no bench.baseline.jar): the ratio shows the noise"
                        : BASELINE_JAR));
        report.append(String.format(Locale.ROOT, "%-58s %-8s %9s %15s %8s %8s %8s %6s %7s%n", "scenario",
                "jar", "median/s", "rounds min-max", "p50 ms", "p99 ms", "max ms", "failed", "cur/base"));
        for (int i = 0; i < scenarios.size(); i++) {
            Measured[] both = measured.get(i);
            for (int t = 0; t < 2; t++) {
                Measured m = both[t];
                long[] all = m.rounds().stream().flatMapToLong(Arrays::stream).sorted().toArray();
                double slowest = m.rounds().stream().mapToDouble(l -> l.length / (double) SECONDS).min().orElse(0);
                double fastest = m.rounds().stream().mapToDouble(l -> l.length / (double) SECONDS).max().orElse(0);
                report.append(String.format(Locale.ROOT, "%-58s %-8s %9.0f %15s %8.2f %8.2f %8.2f %6d %7s%n",
                        t == 0 ? scenarios.get(i).name() : "", t == 0 ? "current" : "baseline", m.median(),
                        String.format(Locale.ROOT, "%.0f-%.0f", slowest, fastest), millis(all, 0.50),
                        millis(all, 0.99), millis(all, 1.0), m.failed().get(), t == 0 ? String.format(Locale.ROOT,
                                "%.2f", m.median() / both[1].median()) : ""));
            }
        }
        return report.toString();
    }

    /**
     * Runs one scenario from every client for the given time; returns each successful call's latency in
     * nanoseconds and counts the calls whose connection failed (not retried: a POST is not idempotent).
     */
    private static long[] run(McpHttp mcp, Scenario scenario, int seconds, AtomicInteger failed) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<long[]>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> client(mcp, scenario, deadline, failed)));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : clients) {
                all.add(f.get());
            }
            return all.stream().flatMapToLong(Arrays::stream).toArray();
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] client(McpHttp mcp, Scenario scenario, long deadline, AtomicInteger failed) {
        String session = mcp.openSession();
        long[] latencies = new long[1 << 16];
        int n = 0;
        try {
            for (int id = 1; System.nanoTime() < deadline; id++) {
                long start = System.nanoTime();
                String body;
                try {
                    body = post(mcp, session, scenario.accept(), McpHttp.request(id, scenario.method(),
                            scenario.params()));
                } catch (IOException e) {
                    failed.incrementAndGet(); // the connection failed; a wrong answer below fails the run
                    continue;
                }
                long took = System.nanoTime() - start;
                assertEquals(true, scenario.right().test(body), scenario.name() + ": " + body);
                if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, n * 2);
                }
                latencies[n++] = took;
            }
        } finally {
            mcp.post().method("DELETE").session(session).send();
        }
        return Arrays.copyOf(latencies, n);
    }

    /**
     * One POST through {@code HttpURLConnection}, whose keep-alive pool keeps up with the server where the JDK's
     * {@code HttpClient} halved the rate; the POST retry it would do on a broken kept-alive connection is off
     * ({@code sun.net.http.retryPost=false} in the bench profile), so such a failure is counted, not hidden.
     *
     * @return the body of a 200 answer
     * @throws IOException when the connection fails
     */
    private static String post(McpHttp mcp, String session, String accept, String json) throws IOException {
        HttpURLConnection c = (HttpURLConnection) mcp.endpoint().toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Authorization", "Bearer " + mcp.token());
        c.setRequestProperty("Content-Type", "application/json");
        c.setRequestProperty("Accept", accept);
        c.setRequestProperty("Mcp-Session-Id", session);
        try (OutputStream out = c.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        int status = c.getResponseCode();
        try (InputStream in = status == 200 ? c.getInputStream() : c.getErrorStream()) {
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(200, status, body);
            return body;
        }
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1_000_000.0;
    }
}
