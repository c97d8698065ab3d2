package dev.mcpee.sample.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Open Liberty for the benchmark: server {@code bench} in the runtime the build installed, with the sample's
 * configuration ({@code liberty-config}: features, the embedded database), on port 29080, WARs in dropins.
 */
final class LibertyBench extends BenchServer {

    static final int PORT = 29080;
    private static final Pattern STARTED = Pattern.compile("CWWKZ0001I: Application (\\S+) started in ([0-9.]+)"
            + " seconds");

    private final Path wlp;
    private final Path config;
    private final Path server;

    LibertyBench(Path work, boolean pinned, Path wlp, Path config) {
        super(work, pinned);
        this.wlp = wlp;
        this.config = config;
        this.server = wlp.resolve("usr/servers/bench");
    }

    @Override
    String name() {
        return "liberty";
    }

    @Override
    String baseUrl() {
        return "http://localhost:" + PORT;
    }

    @Override
    List<String> prepare(List<WebArchive> atStart) throws IOException {
        if (Files.exists(server)) {
            try (Stream<Path> all = Files.walk(server)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(server.resolve("dropins"));
        try (Stream<Path> files = Files.walk(config)) {
            for (Path source : files.toList()) {
                Path target = server.resolve(config.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Files.writeString(server.resolve("bootstrap.properties"), "http.port=" + PORT + "\nhttps.port=" + (PORT + 363)
                + "\nauth.provider=none\n");
        Files.writeString(server.resolve("auth-none.xml"), "<server/>\n");
        // The ceiling behind JAX-RS needs it; mcp-ee does not.
        Files.createDirectories(server.resolve("configDropins/overrides"));
        Files.writeString(server.resolve("configDropins/overrides/bench.xml"), "<server><featureManager>"
                + "<feature>restfulWS-3.1</feature></featureManager></server>\n");
        for (WebArchive war : atStart) {
            war.as(ZipExporter.class).exportTo(server.resolve("dropins").resolve(war.getName()).toFile(), true);
        }
        return List.of(wlp.resolve("bin/server").toString(), "run", "bench");
    }

    @Override
    Path deployments() {
        return server.resolve("dropins");
    }

    @Override
    Path log() {
        return server.resolve("logs/messages.log");
    }

    @Override
    boolean deployed(String war) throws IOException {
        String app = war.replaceFirst("\\.war$", "");
        String log = Files.exists(log()) ? Files.readString(log()) : "";
        if (log.contains("CWWKZ0002E: An exception occurred while starting the application " + app)) {
            throw new IllegalStateException(app + " failed to start on Liberty; see " + log());
        }
        return started(log, app) >= 0;
    }

    @Override
    long deployMillis(String war) throws IOException {
        return started(Files.readString(log()), war.replaceFirst("\\.war$", ""));
    }

    private static long started(String log, String app) {
        Matcher m = STARTED.matcher(log);
        long millis = -1;
        while (m.find()) {
            if (m.group(1).equals(app)) {
                millis = Math.round(Double.parseDouble(m.group(2)) * 1000);
            }
        }
        return millis;
    }
}
