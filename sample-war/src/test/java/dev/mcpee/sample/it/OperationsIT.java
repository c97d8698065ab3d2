package dev.mcpee.sample.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.mcpee.sample.servers.ManagedLiberty;
import dev.mcpee.test.TestIssuer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Operations on Open Liberty with {@code mpHealth-4.0} and MicroProfile Telemetry: spans and metrics of MCP calls
 * exported over OTLP to a real receiver, the audit trail in messages.log, readiness and liveness. Twice: with
 * {@code mpTelemetry-2.0}, whose OpenTelemetry API an application sees only as a configured application with
 * {@code +third-party} API visibility, and with {@code mpTelemetry-2.1}, whose API is a stable one any WAR sees
 * (this one from dropins). The servers are started by the test because their configuration differs from the
 * other tests'.
 */
class OperationsIT {

    private static final Path WORK = Path.of("target", "operations");

    @ParameterizedTest
    @ValueSource(strings = {"mpTelemetry-2.0", "mpTelemetry-2.1"})
    void telemetryAuditAndHealth(String telemetry) throws Exception {
        Files.createDirectories(WORK);
        Path wlp = Path.of(System.getProperty("liberty.wlp.home"));
        Path config = Path.of(System.getProperty("liberty.config.dir", "../liberty-config"));
        boolean thirdParty = telemetry.endsWith("2.0");
        try (OtlpReceiver receiver = new OtlpReceiver(); TestIssuer issuer = TestIssuer.start();
             ManagedLiberty server = new ManagedLiberty(WORK, "operations-" + telemetry.replaceAll("\\D", ""),
                     thirdParty ? 19480 : 19481, false, wlp, config, List.of(telemetry, "mpHealth-4.0"))) {
            if (thirdParty) {
                server.thirdPartyApi();
            }
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
