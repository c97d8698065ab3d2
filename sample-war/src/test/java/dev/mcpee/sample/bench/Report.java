package dev.mcpee.sample.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

/**
 * The benchmark's table: per server mode, scenario, revision and concurrency, mcp-ee against the ceiling on
 * the same server, medians of the rounds with the spread, CPU per call, latency percentiles, errors, and the
 * ratios; plus the notes (deployment times, idle sessions). Printed, and written as text and JSON.
 */
final class Report {

    /** One cell's rounds, per endpoint (in the order of {@link #ENDPOINTS}). */
    static final class Cell {
        private final List<List<Load.Run>> runs = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());

        void add(int endpoint, Load.Run run) {
            runs.get(endpoint).add(run);
        }

        boolean has(int e) {
            return !runs.get(e).isEmpty();
        }

        double rate(int e) {
            return median(runs.get(e).stream().mapToDouble(Load.Run::perSecond).toArray());
        }

        double slowest(int e) {
            return runs.get(e).stream().mapToDouble(Load.Run::perSecond).min().orElse(Double.NaN);
        }

        double fastest(int e) {
            return runs.get(e).stream().mapToDouble(Load.Run::perSecond).max().orElse(Double.NaN);
        }

        double cpu(int e) {
            return median(runs.get(e).stream().mapToDouble(Load.Run::cpuMicrosPerCall).toArray());
        }

        int errors(int e) {
            return runs.get(e).stream().mapToInt(Load.Run::errors).sum();
        }

        String firstError(int e) {
            return runs.get(e).stream().map(Load.Run::firstError).filter(x -> x != null).findFirst().orElse(null);
        }

        double millis(int e, double quantile) {
            long[] all = runs.get(e).stream().flatMapToLong(r -> Arrays.stream(r.latencies())).sorted().toArray();
            if (all.length == 0) {
                return Double.NaN;
            }
            return all[(int) Math.max(0, Math.min(all.length - 1, Math.ceil(quantile * all.length) - 1))] / 1e6;
        }

        private static double median(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            int n = v.length;
            return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        }
    }

    /**
     * The endpoints: mcp-ee, the ceiling servlet, the ceiling behind JAX-RS, and (WildFly, the text echo) the
     * naive JAX-RS stack with the container's MP JWT.
     */
    static final List<String> ENDPOINTS = List.of("mcp", "ceiling", "ceiling-jaxrs", "naive");

    private record Row(String mode, Scenario scenario, String revision, int clients, Cell cell) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void add(String mode, Scenario scenario, String revision, int clients, Cell cell) {
        rows.add(new Row(mode, scenario, revision, clients, cell));
        System.out.println(line(rows.get(rows.size() - 1)));
    }

    synchronized void note(String note) {
        notes.add(note);
        System.out.println(note);
    }

    private static String header() {
        return String.format(Locale.ROOT, "%-38s %-10s %3s | %8s %13s %8s %8s | %7s %7s %8s %8s %5s | %11s %11s | %9s"
                        + " | %s", "scenario", "revision", "c", "mcp-ee/s", "rounds", "ceil/s", "jaxrs/s", "mcp µs",
                "ceil µs", "jaxrs µs", "naive µs", "cpu×", "mcp p50/p99", "ceil p50/99", "err", "calls/s×");
    }

    private static String line(Row r) {
        Cell c = r.cell();
        StringBuilder errors = new StringBuilder();
        for (int e = 0; e < ENDPOINTS.size(); e++) {
            errors.append(e == 0 ? "" : "/").append(c.has(e) ? String.valueOf(c.errors(e)) : "-");
        }
        return String.format(Locale.ROOT, "%-38s %-10s %3d | %8.0f %13s %8.0f %8s | %7.0f %7.0f %8s %8s %5.2f | %11s"
                        + " %11s | %9s | %.2f",
                r.scenario().name(), r.revision(), r.clients(), c.rate(0), String.format(Locale.ROOT, "%.0f-%.0f",
                        c.slowest(0), c.fastest(0)), c.rate(1), optional(c, 2, c.rate(2)), c.cpu(0), c.cpu(1),
                optional(c, 2, c.cpu(2)), optional(c, 3, c.cpu(3)), c.cpu(1) / c.cpu(0),
                String.format(Locale.ROOT, "%.2f/%.1f", c.millis(0, 0.5), c.millis(0, 0.99)),
                String.format(Locale.ROOT, "%.2f/%.1f", c.millis(1, 0.5), c.millis(1, 0.99)), errors,
                c.rate(0) / c.rate(1));
    }

    private static String optional(Cell c, int endpoint, double value) {
        return c.has(endpoint) ? String.format(Locale.ROOT, "%.0f", value) : "-";
    }

    private static JsonValue num(double value) {
        return Double.isFinite(value) ? Json.createValue(value) : JsonValue.NULL;
    }

    void print(Path dir, String machine) throws IOException {
        StringBuilder text = new StringBuilder("mcp-ee performance benchmark: " + machine + "\n"
                + "mcp-ee/s and ceil/s: median calls/s of the rounds (rounds: mcp-ee's slowest-fastest); µs: server"
                + " CPU per call, median of the rounds; jaxrs: the ceiling behind JAX-RS as mcp-ee used it; naive: a"
                + " naive JAX-RS echo with the container's MP JWT (WildFly, text echo only); cpu×:"
                + " ceiling CPU per call / mcp-ee's (1 = as cheap as the ceiling); p50/p99 in ms over every round;"
                + " err: wrong or failed answers mcp-ee/ceiling/jaxrs/naive; calls/s×: mcp-ee calls/s / ceiling's\n");
        String mode = null;
        for (Row r : rows) {
            if (!r.mode().equals(mode)) {
                mode = r.mode();
                text.append('\n').append(mode).append('\n').append(header()).append('\n');
            }
            text.append(line(r)).append('\n');
        }
        text.append('\n');
        notes.forEach(n -> text.append(n).append('\n'));
        for (Row r : rows) {
            for (int e = 0; e < ENDPOINTS.size(); e++) {
                if (r.cell().has(e) && r.cell().firstError(e) != null) {
                    text.append(String.format(Locale.ROOT, "first error of %s on %s, %s, %s, c=%d: %s%n",
                            ENDPOINTS.get(e), r.mode(), r.scenario().name(), r.revision(),
                            r.clients(), r.cell().firstError(e)));
                }
            }
        }
        System.out.println("\n" + text);
        Files.writeString(dir.resolve("performance.txt"), text);
        JsonArrayBuilder cells = Json.createArrayBuilder();
        for (Row r : rows) {
            JsonObjectBuilder row = Json.createObjectBuilder().add("mode", r.mode()).add("scenario",
                    r.scenario().name()).add("revision", r.revision()).add("clients", r.clients());
            for (int e = 0; e < ENDPOINTS.size(); e++) {
                Cell c = r.cell();
                if (!c.has(e)) {
                    continue;
                }
                row.add(ENDPOINTS.get(e), Json.createObjectBuilder().add("callsPerSecond", num(c.rate(e)))
                        .add("slowestRound", num(c.slowest(e))).add("fastestRound", num(c.fastest(e)))
                        .add("cpuMicrosPerCall", num(c.cpu(e))).add("p50Millis", num(c.millis(e, 0.5)))
                        .add("p99Millis", num(c.millis(e, 0.99))).add("errors", c.errors(e)));
            }
            cells.add(row);
        }
        JsonArrayBuilder notesJson = Json.createArrayBuilder();
        notes.forEach(notesJson::add);
        try (JsonGenerator out = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(Files.newBufferedWriter(dir.resolve("performance.json")))) {
            out.write(Json.createObjectBuilder().add("machine", machine).add("cells", cells).add("notes", notesJson)
                    .build());
        }
        System.out.println("Written to " + dir.toAbsolutePath().resolve("performance.txt") + " and performance.json");
    }
}
