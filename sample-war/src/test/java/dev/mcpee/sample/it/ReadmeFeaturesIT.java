package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpee.test.McpTestClient;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A WAR with the extension deploys and serves on an Open Liberty server with exactly the features the README
 * lists, read from the README itself, so the list and the test cannot drift apart. The server is a second one
 * of the same runtime, started and stopped by this test.
 */
class ReadmeFeaturesIT {

    /** The README sentence that lists the features; the list ends at its first full stop. */
    private static final Pattern LIST = Pattern.compile("Open Liberty features the extension needs: (.*?)\\.\\s",
            Pattern.DOTALL);
    private static final Pattern FEATURE = Pattern.compile("`([A-Za-z]+-\\d+\\.\\d+)`");
    private static final Duration START = Duration.ofSeconds(120);
    private static final String SERVER = "readme-features";

    private static Path wlp;
    private static Path serverDir;
    private static int port;

    @BeforeAll
    static void startServer() throws IOException, InterruptedException {
        List<String> features = readmeFeatures();
        wlp = Path.of(System.getProperty("liberty.wlp.home", "target/liberty/wlp"));
        serverDir = wlp.resolve("usr/servers/" + SERVER);
        deleteTree(serverDir);
        Files.createDirectories(serverDir.resolve("apps"));
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        StringBuilder xml = new StringBuilder("<server>\n  <featureManager>\n");
        features.forEach(f -> xml.append("    <feature>").append(f).append("</feature>\n"));
        xml.append("  </featureManager>\n  <httpEndpoint id=\"defaultHttpEndpoint\" host=\"127.0.0.1\" httpPort=\"")
                .append(port).append("\" httpsPort=\"-1\"/>\n")
                .append("  <webApplication location=\"readme.war\" contextRoot=\"readme\"/>\n</server>\n");
        Files.writeString(serverDir.resolve("server.xml"), xml);
        SampleWar.extensionOnly("readme", "mcp.auth.anonymous=true\n", ReadmeGreeter.class).as(ZipExporter.class).exportTo(serverDir.resolve("apps/readme.war").toFile(), true);
        Process start = server("start");
        if (!start.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
            start.destroyForcibly();
            fail("server start " + SERVER + " did not return within " + START);
        }
        assertEquals(0, start.exitValue(), "server start " + SERVER + ": "
                + new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        awaitApplication();
    }

    @AfterAll
    static void stopServer() throws InterruptedException, IOException {
        if (serverDir != null && Files.isDirectory(serverDir)) {
            Process stop = server("stop");
            if (!stop.waitFor(60, TimeUnit.SECONDS)) {
                stop.destroyForcibly();
            }
        }
    }

    @Test
    void theReadmeListsTheFeaturesAndTheyAreEnough() throws IOException {
        try (McpTestClient client = McpTestClient.to("http://127.0.0.1:" + port + "/readme/mcp").open()) {
            client.callTool("greet", Map.of("name", "Liberty")).assertOk().assertText("Hello, Liberty");
        }
        String log = Files.readString(serverDir.resolve("logs/messages.log"));
        assertFalse(log.contains("NoClassDefFoundError") || log.contains("ClassNotFoundException"), log);
    }

    /** The features in the README's sentence, at least the ones every servlet + CDI application needs. */
    private static List<String> readmeFeatures() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("readme", "../README.md")));
        Matcher sentence = LIST.matcher(readme);
        assertTrue(sentence.find(), "README.md no longer has the sentence 'Open Liberty features the extension"
                + " needs: ...'");
        List<String> features = new ArrayList<>();
        Matcher f = FEATURE.matcher(sentence.group(1));
        while (f.find()) {
            features.add(f.group(1));
        }
        assertTrue(features.contains("cdi-4.0") && features.contains("servlet-6.0"), "features " + features);
        return features;
    }

    /** Waits for the application to start, or reports why it did not, from the server's own log. */
    private static void awaitApplication() throws IOException, InterruptedException {
        Path log = serverDir.resolve("logs/messages.log");
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains("CWWKZ0001I") && text.contains("readme")) {
                return;
            }
            if (text.contains("CWWKZ0002E") || text.contains("CWWKZ0004E")) {
                fail("The application did not start with the README's features:\n" + text);
            }
            Thread.sleep(250);
        }
        fail("The application did not start within " + START + ":\n"
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    private static Process server(String action) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, SERVER)
                .redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb.start();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
