package dev.mcpee.sample.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import dev.mcpee.sample.it.OtlpReceiver;
import dev.mcpee.sample.it.SampleWar;
import dev.mcpee.sample.servers.ManagedLiberty;
import dev.mcpee.sample.servers.ManagedServer;
import dev.mcpee.sample.servers.ManagedWildFly;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * What operations cost ({@code mvn -Pbench verify -pl sample-war -Dbench.it=OperationsBenchmarkIT}): the echo tool
 * under 2025-11-25 sessions on one Open Liberty with {@code mpTelemetry-2.0}, in five WARs that differ only in
 * configuration: the defaults (the audit trail writes refusals only, and none happen here; the container's
 * OpenTelemetry SDK off); an audit line for every request (written to messages.log); the container's OpenTelemetry
 * on but mcp-ee's telemetry off (Liberty's own HTTP span and metrics, exported); mcp-ee's telemetry on too (the
 * MCP span and metrics, exported over OTLP/HTTP to a real receiver in this JVM, every request sampled); and all
 * of it. Rounds alternate the setups' order. Prints calls/s, latency percentiles and server CPU per call,
 * and the spans the receiver got, and writes them to {@code target/bench/operations-<server>.txt}. Settings:
 * {@code bench.server} ({@code liberty}, or {@code wildfly}: its standalone-microprofile.xml, whose telemetry
 * subsystem the WARs turn on for themselves, and which traces no servlet requests of its own),
 * {@code bench.clients} (16), {@code bench.seconds} (5), {@code bench.rounds} (5), {@code bench.warmup} (10 s per
 * setup), {@code bench.pinned} (false: true puts the server on CPU 0 alone, the load on the rest).
 */
class OperationsBenchmarkIT {

    private static final Path WORK = Path.of("target", "bench");

    /** One configuration. */
    private record Setup(String name, String context, Map<String, String> config) {
    }

    @Test
    void auditAndTelemetryAgainstTheDefaults() throws Exception {
        Files.createDirectories(WORK);
        int clients = Integer.getInteger("bench.clients", 16);
        long millis = Math.round(Double.parseDouble(System.getProperty("bench.seconds", "5")) * 1000);
        int rounds = Integer.getInteger("bench.rounds", 5);
        long warmup = Math.round(Double.parseDouble(System.getProperty("bench.warmup", "10")) * 1000);
        boolean pinned = Boolean.getBoolean("bench.pinned");
        Path wlp = Path.of(System.getProperty("liberty.wlp.home"));
        Path config = Path.of(System.getProperty("liberty.config.dir", "../liberty-config"));
        String kind = System.getProperty("bench.server", "liberty");
        try (BenchIssuer issuer = BenchIssuer.start(); OtlpReceiver receiver = new OtlpReceiver(false);
             ManagedServer server = "wildfly".equals(kind)
                     ? new ManagedWildFly(WORK, "wildfly-operations", 20300, pinned,
                     Path.of(System.getProperty("wildfly.home")))
                     : new ManagedLiberty(WORK, "bench-operations", 29280, pinned, wlp, config,
                     List.of("mpTelemetry-2.0")).thirdPartyApi()) {
            Map<String, String> otel = Map.of("otel.sdk.disabled", "false", "otel.service.name", "bench",
                    "otel.exporter.otlp.protocol", "http/protobuf", "otel.exporter.otlp.endpoint", receiver.endpoint(),
                    "otel.logs.exporter", "none");
            List<Setup> setups = List.of(
                    new Setup("defaults (audit of refusals only, no OTel)", "ops-default", Map.of()),
                    new Setup("audit of every request", "ops-audit", Map.of("mcp.audit.allowed", "true")),
                    new Setup("container OTel on, mcp-ee's off", "ops-container", with(otel,
                            "mcp.telemetry.enabled", "false")),
                    new Setup("OTel on (container + mcp-ee)", "ops-otel", otel),
                    new Setup("OTel on and audit of every request", "ops-all", with(otel,
                            "mcp.audit.allowed", "true")));
            List<WebArchive> wars = new ArrayList<>();
            for (Setup s : setups) {
                // The extension and the echo tools only: five copies of the sample would share its database.
                Map<String, String> c = with(s.config(), "mcp.auth.issuer", issuer.issuer(), "mcp.auth.resource",
                        "http://localhost/" + s.context() + "/mcp", "mcp.auth.audience-aliases",
                        PerformanceBenchmarkIT.AUDIENCE);
                StringBuilder properties = new StringBuilder();
                c.forEach((k, v) -> properties.append(k).append('=').append(v).append('\n'));
                wars.add(SampleWar.extensionOnly(s.context(), properties.toString(), EchoTools.class));
            }
            server.start(wars, setups.stream().map(s -> server.baseUrl() + "/" + s.context() + "/mcp").toList());
            String[] tokens = IntStream.range(0, clients).mapToObj(c -> issuer.token(BenchIssuer.Alg.RS256,
                    PerformanceBenchmarkIT.AUDIENCE, "bench-" + c)).toArray(String[]::new);
            Scenario echo = Scenario.all().get(0);
            List<List<Load.Run>> runs = new ArrayList<>();
            for (Setup s : setups) {
                runs.add(new ArrayList<>());
                run(server, s, echo, clients, warmup, tokens);
            }
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < setups.size(); k++) {
                    int s = (r + k) % setups.size();
                    runs.get(s).add(run(server, setups.get(s), echo, clients, millis, tokens));
                }
            }
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "Operations benchmark on %s%s: the"
                    + " echo tool under 2025-11-25 sessions, %d clients, %d rounds"
                    + " of %d ms after %d ms warm-up%n%-44s %9s %15s %8s %8s %10s %9s%n",
                    "wildfly".equals(kind) ? "WildFly (standalone-microprofile.xml)" : "Open Liberty (mpTelemetry-2.0)",
                    pinned ? ", server pinned to CPU 0" : "", clients, rounds, millis, warmup, "setup", "median/s",
                    "rounds min-max", "p50 ms", "p99 ms", "CPU µs/call", "CPU ratio"));
            double base = median(runs.get(0).stream().mapToDouble(Load.Run::cpuMicrosPerCall).toArray());
            for (int s = 0; s < setups.size(); s++) {
                report.append(line(setups.get(s).name(), runs.get(s), base));
            }
            long mcpSpans = receiver.count(name -> name.startsWith("tools/call"));
            report.append(String.format(Locale.ROOT, "spans received by the OTLP receiver: %d MCP (tools/call ...),"
                    + " %d in all%n", mcpSpans, receiver.count(name -> true)));
            System.out.print(report);
            Files.writeString(WORK.resolve("operations-" + kind + ".txt"), report);
        }
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> out = new java.util.HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static Load.Run run(ManagedServer server, Setup setup, Scenario scenario, int clients, long millis,
                                String[] tokens) throws Exception {
        return Load.run(URI.create(server.baseUrl() + "/" + setup.context() + "/mcp"), scenario, false, clients,
                millis, c -> tokens[c], () -> null, null, server);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String line(String name, List<Load.Run> runs, double baseCpu) {
        double[] rates = runs.stream().mapToDouble(Load.Run::perSecond).sorted().toArray();
        long[] all = runs.stream().flatMapToLong(r -> Arrays.stream(r.latencies())).sorted().toArray();
        double cpu = median(runs.stream().mapToDouble(Load.Run::cpuMicrosPerCall).toArray());
        int errors = runs.stream().mapToInt(Load.Run::errors).sum();
        return String.format(Locale.ROOT, "%-44s %9.0f %15s %8.2f %8.2f %10.1f %9.2f%s%n", name,
                rates[rates.length / 2], String.format(Locale.ROOT, "%.0f-%.0f", rates[0], rates[rates.length - 1]),
                all.length == 0 ? Double.NaN : all[all.length / 2] / 1e6,
                all.length == 0 ? Double.NaN : all[(int) Math.min(all.length - 1, Math.ceil(0.99 * all.length) - 1)]
                        / 1e6, cpu, cpu / baseCpu, errors == 0 ? "" : "  errors: " + errors + ", first: "
                        + runs.stream().map(Load.Run::firstError).filter(e -> e != null).findFirst().orElse(""));
    }
}
