package dev.mcpee.sample.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import dev.mcpee.sample.it.SampleWar;
import dev.mcpee.sample.servers.ManagedLiberty;
import dev.mcpee.sample.servers.ManagedServer;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The soak ({@code mvn -Pbench verify -pl sample-war -Dbench.it=SoakIT}, 30 minutes by default; never part of
 * the test command): saturated mixed load on an Open Liberty the test starts, every valid kind of call (sync
 * text, structured, streamed with progress, asynchronous, the sample's JPA tool) under 2025-11-25 sessions and as
 * 2026-07-28 requests, each answer verified, interleaved with hostile requests (bad JSON, bodies nested too
 * deeply or too large, a forged token, an unknown session, an empty Accept range, an unknown method, a wrong
 * protocol header). Clients close their sessions and open new ones all along, under {@code mcp.session.max}
 * set just above what they need: a leaked session would make {@code initialize} fail. Before and after: live
 * heap after a full GC and the server's threads. Prints a table and writes {@code target/bench/soak.txt}.
 * Settings: {@code soak.minutes} (30), {@code soak.clients} (16), {@code soak.warmup} (60 s).
 */
class SoakIT {

    private static final Path WORK = Path.of("target", "bench");
    private static final String HOSTILE_JSON = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":";

    /** A hostile request: its body and headers, and what it must be answered with. */
    private record Hostile(String name, String body, Map<String, String> headers, int status) {
    }

    private static final List<Hostile> HOSTILE = List.of(
            new Hostile("not JSON", "{\"jsonrpc\":", Map.of(), 400),
            new Hostile("nested 100 deep", HOSTILE_JSON + "[".repeat(100) + "]".repeat(100) + "}", Map.of(), 400),
            new Hostile("body over 4 MiB", HOSTILE_JSON + "\"" + "a".repeat(4 * 1024 * 1024 + 10) + "\"}", Map.of(),
                    413),
            new Hostile("forged token", HOSTILE_JSON + "{}}", Map.of("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9"
                    + ".eyJzdWIiOiJ4In0.c2ln"), 401),
            new Hostile("unknown session", HOSTILE_JSON + "{}}", Map.of("Mcp-Session-Id", "no-such-session",
                    "MCP-Protocol-Version", "2025-11-25"), 404),
            new Hostile("empty Accept range", HOSTILE_JSON + "{}}", Map.of("Accept", ";"), 406),
            new Hostile("unknown protocol header", HOSTILE_JSON + "{}}", Map.of("MCP-Protocol-Version", "1999-01-01"),
                    400));

    @Test
    void soak() throws Exception {
        Files.createDirectories(WORK);
        double minutes = Double.parseDouble(System.getProperty("soak.minutes", "30"));
        int clients = Integer.getInteger("soak.clients", 16);
        long warmupMillis = Math.round(Double.parseDouble(System.getProperty("soak.warmup", "60")) * 1000);
        Path wlp = Path.of(System.getProperty("liberty.wlp.home"));
        Path config = Path.of(System.getProperty("liberty.config.dir", "../liberty-config"));
        List<Scenario> valid = Scenario.all().stream().filter(s -> s.war().equals("bench") && s.coldToken() == null)
                .toList();
        try (BenchIssuer issuer = BenchIssuer.start();
             ManagedServer server = new ManagedLiberty(WORK, "soak", 29190, false, wlp, config, List.of())) {
            WebArchive war = SampleWar.archive("bench", issuer.issuer(), "http://localhost", Map.of(
                    "mcp.auth.audience-aliases", PerformanceBenchmarkIT.AUDIENCE,
                    // Each client holds one session at a time; a leaked one would soon make initialize fail.
                    "mcp.session.max", String.valueOf(clients + 4),
                    "mcp.session.max-per-owner", "2")).addClasses(EchoTools.class);
            URI endpoint = URI.create(server.baseUrl() + "/bench/mcp");
            server.start(List.of(war), List.of(endpoint.toString()));
            String[] tokens = new String[clients];
            for (int c = 0; c < clients; c++) {
                tokens[c] = issuer.token(BenchIssuer.Alg.RS256, PerformanceBenchmarkIT.AUDIENCE, "soak-" + c);
            }
            run(endpoint, tokens, valid, warmupMillis, new Tally());
            Thread.sleep(5_000);
            long heapBefore = server.liveBytes();
            int threadsBefore = server.threads();
            Tally tally = new Tally();
            long started = System.nanoTime();
            run(endpoint, tokens, valid, Math.round(minutes * 60_000), tally);
            double seconds = (System.nanoTime() - started) / 1e9;
            Thread.sleep(5_000);
            long heapAfter = server.liveBytes();
            int threadsAfter = server.threads();
            String report = report(minutes, clients, seconds, tally, heapBefore, heapAfter, threadsBefore,
                    threadsAfter);
            System.out.print(report);
            Files.writeString(WORK.resolve("soak.txt"), report);
            double heapChange = (heapAfter - heapBefore) / (double) heapBefore;
            assertAll("soak",
                    () -> assertEquals(0, tally.validErrors.sum(), "errors on valid calls: " + tally.firstError),
                    () -> assertEquals(0, tally.serverErrors.sum(), "5xx answers: " + tally.firstError),
                    () -> assertEquals(0, tally.hostileWrong.sum(), "hostile requests answered otherwise: "
                            + tally.firstError),
                    () -> assertTrue(heapChange <= 0.10, "live heap grew " + Math.round(heapChange * 100) + " %"),
                    () -> assertTrue(threadsAfter <= threadsBefore + 10, "threads " + threadsBefore + " -> "
                            + threadsAfter));
        }
    }

    /** What the clients saw. */
    private static final class Tally {
        final LongAdder valid = new LongAdder();
        final LongAdder validErrors = new LongAdder();
        final LongAdder hostile = new LongAdder();
        final LongAdder hostileWrong = new LongAdder();
        final LongAdder serverErrors = new LongAdder();
        final LongAdder sessions = new LongAdder();
        final Map<String, LongAdder> perKind = new ConcurrentHashMap<>();
        volatile String firstError;

        void error(LongAdder counter, String what) {
            counter.increment();
            if (firstError == null) {
                firstError = what;
            }
        }
    }

    private static void run(URI endpoint, String[] tokens, List<Scenario> valid, long millis, Tally tally)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        ExecutorService pool = Executors.newFixedThreadPool(tokens.length);
        try {
            List<Future<?>> clients = new ArrayList<>();
            AtomicLong ids = new AtomicLong();
            for (String token : tokens) {
                clients.add(pool.submit(() -> {
                    client(endpoint, token, valid, deadline, tally, ids);
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get(millis + 120_000, TimeUnit.MILLISECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void client(URI endpoint, String token, List<Scenario> valid, long deadline, Tally tally,
                               AtomicLong ids) throws Exception {
        String session = null;
        for (long i = 0; System.nanoTime() < deadline; i++) {
            if (session == null) {
                session = Load.openSession(endpoint, token);
                tally.sessions.increment();
            }
            if (i % 7 == 6) {
                Hostile h = HOSTILE.get((int) (ids.incrementAndGet() % HOSTILE.size()));
                hostile(endpoint, token, h, tally);
                continue;
            }
            Scenario s = valid.get((int) (i % valid.size()));
            boolean stateless = i % 2 == 1;
            long id = ids.incrementAndGet();
            Load.Answer a;
            try {
                a = Load.send(endpoint, token, stateless ? null : session, "POST",
                        Load.body(s, (int) (id % 1_000_000), stateless, null), s);
            } catch (java.io.IOException e) {
                tally.error(tally.validErrors, s.name() + ": " + e);
                continue;
            }
            tally.valid.increment();
            tally.perKind.computeIfAbsent(s.name() + (stateless ? " (2026)" : " (2025)"), k -> new LongAdder())
                    .increment();
            if (a.status() >= 500) {
                tally.error(tally.serverErrors, s.name() + ": " + a.status() + " " + a.body());
            }
            if (a.status() != 200 || !s.right().test(a.body()) || a.body().contains("\"error\"")) {
                tally.error(tally.validErrors, s.name() + ": " + a.status() + " " + abbreviated(a.body()));
            }
            if (i % 50 == 49) {
                Load.send(endpoint, token, session, "DELETE", null, null);
                session = null;
            }
        }
        if (session != null) {
            Load.send(endpoint, token, session, "DELETE", null, null);
        }
    }

    private static void hostile(URI endpoint, String token, Hostile h, Tally tally) {
        tally.hostile.increment();
        try {
            Map<String, String> headers = new java.util.LinkedHashMap<>(Map.of("Authorization", "Bearer " + token,
                    "Accept", "application/json, text/event-stream"));
            headers.putAll(h.headers());
            int status = Load.send(endpoint, "POST", headers, h.body()).status();
            if (status >= 500) {
                tally.error(tally.serverErrors, h.name() + ": " + status);
            }
            if (status != h.status()) {
                tally.error(tally.hostileWrong, h.name() + ": " + status + ", expected " + h.status());
            }
        } catch (java.io.IOException e) {
            // A server may close the connection after refusing a large body unread; that is an answer too,
            // but only for that case.
            if (h.status() != 413) {
                tally.error(tally.hostileWrong, h.name() + ": " + e);
            }
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static String report(double minutes, int clients, double seconds, Tally t, long heapBefore,
                                 long heapAfter, int threadsBefore, int threadsAfter) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "mcp-ee soak on Open Liberty: %.1f minutes,"
                + " %d clients, %.0f s measured%n", minutes, clients, seconds));
        b.append(String.format(Locale.ROOT, "%-44s %12s%n", "", "value"));
        b.append(String.format(Locale.ROOT, "%-44s %12d%n", "valid calls", t.valid.sum()));
        b.append(String.format(Locale.ROOT, "%-44s %12.0f%n", "valid calls per second", t.valid.sum() / seconds));
        b.append(String.format(Locale.ROOT, "%-44s %12d%n", "errors on valid calls", t.validErrors.sum()));
        b.append(String.format(Locale.ROOT, "%-44s %12d%n", "hostile requests", t.hostile.sum()));
        b.append(String.format(Locale.ROOT, "%-44s %12d%n", "hostile requests answered otherwise",
                t.hostileWrong.sum()));
        b.append(String.format(Locale.ROOT, "%-44s %12d%n", "5xx answers", t.serverErrors.sum()));
        b.append(String.format(Locale.ROOT, "%-44s %12d%n", "sessions opened and closed", t.sessions.sum()));
        b.append(String.format(Locale.ROOT, "%-44s %9.1f MB%n", "live heap after full GC, before",
                heapBefore / 1e6));
        b.append(String.format(Locale.ROOT, "%-44s %9.1f MB (%+.1f %%)%n", "live heap after full GC, after",
                heapAfter / 1e6, (heapAfter - heapBefore) * 100.0 / heapBefore));
        b.append(String.format(Locale.ROOT, "%-44s %12d%n", "server threads, before", threadsBefore));
        b.append(String.format(Locale.ROOT, "%-44s %12d%n", "server threads, after", threadsAfter));
        t.perKind.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> b.append(String.format(
                Locale.ROOT, "  %-42s %12d%n", e.getKey(), e.getValue().sum())));
        if (t.firstError != null) {
            b.append("first error: ").append(t.firstError).append(System.lineSeparator());
        }
        return b.toString();
    }
}
