package dev.mcpee.sample.servers;

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
 * An Open Liberty server in the runtime the build installed, with the sample's configuration
 * ({@code liberty-config}: features, the embedded database), on a port of its own, WARs in dropins.
 */
public final class ManagedLiberty extends ManagedServer {

    private static final Pattern STARTED = Pattern.compile("CWWKZ0001I: Application (\\S+) started in ([0-9.]+)"
            + " seconds");

    private final Path wlp;
    private final Path config;
    private final String serverName;
    private final int port;
    private final Path server;
    private final List<String> features;
    private boolean thirdPartyApi;

    /**
     * A server.
     *
     * @param work       where its console log goes
     * @param serverName its name in the runtime, e.g. {@code bench}
     * @param port       its HTTP port (HTTPS: port + 363)
     * @param pinned     whether it runs on CPU 0 alone
     * @param wlp        the runtime
     * @param config     the server configuration directory to copy
     * @param features   features to add to the configuration's own
     */
    public ManagedLiberty(Path work, String serverName, int port, boolean pinned, Path wlp, Path config,
                          List<String> features) {
        super(work, pinned);
        this.wlp = wlp;
        this.config = config;
        this.serverName = serverName;
        this.port = port;
        this.server = wlp.resolve("usr/servers").resolve(serverName);
        this.features = List.copyOf(features);
    }

    /**
     * Deploys the WARs given at start as configured applications that see Liberty's third-party APIs, which
     * {@code mpTelemetry-2.0}'s OpenTelemetry API is ({@code <classloader apiTypeVisibility="+third-party"/>}),
     * instead of dropping them in {@code dropins}.
     *
     * @return this
     */
    public ManagedLiberty thirdPartyApi() {
        this.thirdPartyApi = true;
        return this;
    }

    @Override
    public String name() {
        return "liberty";
    }

    @Override
    protected String id() {
        return serverName;
    }

    @Override
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    @Override
    protected List<String> prepare(List<WebArchive> atStart) throws IOException {
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
        Files.writeString(server.resolve("bootstrap.properties"), "http.port=" + port + "\nhttps.port=" + (port + 363)
                + "\nauth.provider=none\n");
        Files.writeString(server.resolve("auth-none.xml"), "<server/>\n");
        if (!features.isEmpty()) {
            Files.createDirectories(server.resolve("configDropins/overrides"));
            StringBuilder xml = new StringBuilder("<server><featureManager>");
            features.forEach(f -> xml.append("<feature>").append(f).append("</feature>"));
            Files.writeString(server.resolve("configDropins/overrides/features.xml"), xml
                    .append("</featureManager></server>\n"));
        }
        if (thirdPartyApi) {
            Files.createDirectories(server.resolve("apps"));
            Files.createDirectories(server.resolve("configDropins/overrides"));
            StringBuilder xml = new StringBuilder("<server>");
            for (WebArchive war : atStart) {
                war.as(ZipExporter.class).exportTo(server.resolve("apps").resolve(war.getName()).toFile(), true);
                xml.append("<webApplication location=\"").append(war.getName()).append("\" contextRoot=\"/")
                        .append(war.getName().replaceFirst("\\.war$", ""))
                        .append("\"><classloader apiTypeVisibility=\"+third-party\"/></webApplication>");
            }
            Files.writeString(server.resolve("configDropins/overrides/apps.xml"), xml.append("</server>\n"));
            return List.of(wlp.resolve("bin/server").toString(), "run", serverName);
        }
        for (WebArchive war : atStart) {
            war.as(ZipExporter.class).exportTo(server.resolve("dropins").resolve(war.getName()).toFile(), true);
        }
        return List.of(wlp.resolve("bin/server").toString(), "run", serverName);
    }

    @Override
    protected Path deployments() {
        return server.resolve("dropins");
    }

    @Override
    protected Path log() {
        return server.resolve("logs/messages.log");
    }

    @Override
    protected boolean deployed(String war) throws IOException {
        String app = war.replaceFirst("\\.war$", "");
        String log = Files.exists(log()) ? Files.readString(log()) : "";
        if (log.contains("CWWKZ0002E: An exception occurred while starting the application " + app)) {
            throw new IllegalStateException(app + " failed to start on Liberty; see " + log());
        }
        return started(log, app) >= 0;
    }

    @Override
    protected long deployMillis(String war) throws IOException {
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
