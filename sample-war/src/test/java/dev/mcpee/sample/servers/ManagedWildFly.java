package dev.mcpee.sample.servers;

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
 * A WildFly server: {@code standalone-microprofile.xml} of the installation the build unpacked, on a copy of
 * its {@code standalone} directory, with a port offset of its own, WARs through the deployment scanner.
 */
public final class ManagedWildFly extends ManagedServer {

    private static final Pattern TIME = Pattern.compile("^\\S+ (\\d\\d:\\d\\d:\\d\\d),(\\d\\d\\d) ");

    private final Path home;
    private final Path base;
    private final int offset;

    /**
     * A server.
     *
     * @param work   where its base directory and console log go
     * @param name   its base directory's name
     * @param offset its port offset (HTTP 8080 + offset)
     * @param pinned whether it runs on CPU 0 alone
     * @param home   the installation
     */
    public ManagedWildFly(Path work, String name, int offset, boolean pinned, Path home) {
        super(work, pinned);
        this.home = home;
        this.base = work.resolve(name);
        this.offset = offset;
    }

    @Override
    public String name() {
        return "wildfly";
    }

    @Override
    protected String id() {
        return base.getFileName().toString();
    }

    @Override
    public String baseUrl() {
        return "http://localhost:" + (8080 + offset);
    }

    @Override
    protected List<String> prepare(List<WebArchive> atStart) throws IOException {
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
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.management=127.0.0.1");
    }

    @Override
    protected Path deployments() {
        return base.resolve("deployments");
    }

    @Override
    protected Path log() {
        return base.resolve("log/server.log");
    }

    @Override
    protected boolean deployed(String war) throws IOException {
        if (Files.exists(deployments().resolve(war + ".failed"))) {
            throw new IllegalStateException(war + " failed to deploy on WildFly: "
                    + Files.readString(deployments().resolve(war + ".failed")));
        }
        return Files.exists(deployments().resolve(war + ".deployed"));
    }

    @Override
    protected long deployMillis(String war) throws IOException {
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
