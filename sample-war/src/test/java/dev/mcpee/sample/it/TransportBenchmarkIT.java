package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bounded benchmark of the transport paths on Open Liberty, run with {@code mvn -Pbench verify} (never by the
 * test command): each scenario sends requests from a fixed number of clients, each with its own session and a
 * real bearer token. One warm-up pass runs every scenario, then {@code bench.rounds} rounds run them in turn
 * (so no scenario profits from coming later), and the report gives calls per second over all rounds with the
 * slowest and fastest round, latency percentiles, and how many calls failed at the connection. Figures, not assertions: a scenario fails only if a
 * response is wrong. Settings: {@code bench.clients} (default 8), {@code bench.seconds} per scenario and round
 * (default 5), {@code bench.rounds} (default 3), {@code bench.warmup} seconds per scenario (default 3).
 * Everything stays on 127.0.0.1; the load generator shares the machine with the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransportBenchmarkIT {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 5);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 3);
    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static WebArchive war() {
        return SampleWar.archive("vetassist", AuthServers.Provider.ASGARDEO, SampleWar.LIBERTY, Map.of())
                .addClass(BenchTools.class);
    }

    @ArquillianResource
    URL base;

    /** One kind of request: what it sends, which Accept header, and what a right answer contains. */
    private record Scenario(String name, String method, String params, String accept, Predicate<String> right) {
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
        // One HTTP client, as an application has: its connection pool grows to one connection per client thread.
        McpHttp mcp = SampleWar.client(base);
        for (Scenario s : scenarios) {
            run(mcp, s, WARMUP, new AtomicInteger());
        }
        List<List<long[]>> rounds = new ArrayList<>();
        List<AtomicInteger> failures = new ArrayList<>();
        scenarios.forEach(s -> {
            rounds.add(new ArrayList<>());
            failures.add(new AtomicInteger());
        });
        for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < scenarios.size(); i++) {
                rounds.get(i).add(run(mcp, scenarios.get(i), SECONDS, failures.get(i)));
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Transport benchmark on Open Liberty: %d clients, %d rounds of %d s per scenario after %d s warm-up,"
                        + " %d cores (load generator included)%n", CLIENTS, ROUNDS, SECONDS, WARMUP,
                Runtime.getRuntime().availableProcessors()));
        report.append(String.format(Locale.ROOT, "%-58s %9s %15s %8s %8s %8s %6s%n", "scenario", "calls/s",
                "rounds min-max", "p50 ms", "p99 ms", "max ms", "failed"));
        for (int i = 0; i < scenarios.size(); i++) {
            List<long[]> perRound = rounds.get(i);
            long[] all = perRound.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            double slowest = perRound.stream().mapToDouble(l -> l.length / (double) SECONDS).min().orElse(0);
            double fastest = perRound.stream().mapToDouble(l -> l.length / (double) SECONDS).max().orElse(0);
            report.append(String.format(Locale.ROOT, "%-58s %9.0f %15s %8.2f %8.2f %8.2f %6d%n",
                    scenarios.get(i).name(), all.length / (double) (SECONDS * ROUNDS),
                    String.format(Locale.ROOT, "%.0f-%.0f", slowest, fastest), millis(all, 0.50), millis(all, 0.99),
                    millis(all, 1.0), failures.get(i).get()));
        }
        System.out.print(report);
        Path out = Path.of("target", "bench-results.txt");
        Files.writeString(out, report);
        System.out.println("Written to " + out.toAbsolutePath());
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
