package dev.mcpee.sample.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * WildFly for the benchmark: {@code standalone-microprofile.xml} of the installation the build unpacked, on a
 * copy of its {@code standalone} directory, with port offset 20000 (HTTP 28080), WARs through the deployment
 * scanner.
 */
final class WildFlyBench extends BenchServer {

    static final int PORT = 28080;
    private static final Pattern TIME = Pattern.compile("^\\S+ (\\d\\d:\\d\\d:\\d\\d),(\\d\\d\\d) ");

    private final Path home;
    private final Path base;

    WildFlyBench(Path work, boolean pinned, Path home) {
        super(work, pinned);
        this.home = home;
        this.base = work.resolve("wildfly-base");
    }

    @Override
    String name() {
        return "wildfly";
    }

    @Override
    String baseUrl() {
        return "http://localhost:" + PORT;
    }

    @Override
    List<String> prepare(List<WebArchive> atStart) throws IOException {
        if (Files.exists(base)) {
            try (Stream<Path> all = Files.walk(base)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path standalone = home.resolve("standalone");
        try (Stream<Path> files = Files.walk(standalone)) {
            for (Path source : files.toList()) {
                String relative = standalone.relativize(source).toString();
                if (relative.startsWith("data") || relative.startsWith("tmp") || relative.startsWith("log")
                        || relative.startsWith("deployments/")) {
                    continue;
                }
                Path target = base.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Files.createDirectories(deployments());
        for (WebArchive war : atStart) {
            war.as(ZipExporter.class).exportTo(deployments().resolve(war.getName()).toFile(), true);
        }
        return List.of(home.resolve("bin/standalone.sh").toString(), "-c", "standalone-microprofile.xml",
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=20000",
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.management=127.0.0.1");
    }

    @Override
    Path deployments() {
        return base.resolve("deployments");
    }

    @Override
    Path log() {
        return base.resolve("log/server.log");
    }

    @Override
    boolean deployed(String war) throws IOException {
        if (Files.exists(deployments().resolve(war + ".failed"))) {
            throw new IllegalStateException(war + " failed to deploy on WildFly: "
                    + Files.readString(deployments().resolve(war + ".failed")));
        }
        return Files.exists(deployments().resolve(war + ".deployed"));
    }

    @Override
    long deployMillis(String war) throws IOException {
        LocalTime start = null;
        LocalTime end = null;
        for (String line : Files.readAllLines(log())) {
            if (line.contains("WFLYSRV0027: Starting deployment of \"" + war + "\"")) {
                start = time(line);
            } else if (line.contains("WFLYSRV0010: Deployed \"" + war + "\"")) {
                end = time(line);
            }
        }
        return start == null || end == null ? -1 : Duration.between(start, end).toMillis();
    }

    private static LocalTime time(String line) {
        Matcher m = TIME.matcher(line);
        return m.find() ? LocalTime.parse(m.group(1)).plusNanos(Long.parseLong(m.group(2)) * 1_000_000) : null;
    }
}
