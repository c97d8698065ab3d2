package dev.mcpee.sample.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.mcpee.sample.servers.ManagedLiberty;
import dev.mcpee.test.TestIssuer;
import org.junit.jupiter.api.Test;

/**
 * Operations on Open Liberty with {@code mpTelemetry-2.0} and {@code mpHealth-4.0}: spans and metrics of MCP
 * calls exported over OTLP to a real receiver, the audit trail in messages.log, readiness and liveness. The server
 * is started by the test because its configuration differs from the other tests' (features, and the WAR as an
 * application that sees the third-party OpenTelemetry API, which mpTelemetry-2.0 requires).
 */
class OperationsIT {

    private static final Path WORK = Path.of("target", "operations");

    @Test
    void telemetryAuditAndHealth() throws Exception {
        Files.createDirectories(WORK);
        Path wlp = Path.of(System.getProperty("liberty.wlp.home"));
        Path config = Path.of(System.getProperty("liberty.config.dir", "../liberty-config"));
        try (OtlpReceiver receiver = new OtlpReceiver(); TestIssuer issuer = TestIssuer.start();
             ManagedLiberty server = new ManagedLiberty(WORK, "operations", 19480, false, wlp, config,
                     List.of("mpTelemetry-2.0", "mpHealth-4.0")).thirdPartyApi()) {
            OperationsChecks checks = new OperationsChecks(server.baseUrl(), issuer, receiver);
            server.start(List.of(checks.war()), List.of(checks.probe()));
            checks.tracesAndMetrics();
            checks.auditTrail(() -> {
                try {
                    return server.logText();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            checks.readinessFollowsTheAuthorizationServer(server.baseUrl() + "/health/ready",
                    server.baseUrl() + "/health/live");
        }
    }
}
