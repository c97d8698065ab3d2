package dev.mcpee.sample.it;

import java.util.List;
import java.util.Map;

import dev.mcpee.test.Revision;
import dev.mcpee.test.TestIssuer;
import org.junit.jupiter.api.Test;

/**
 * Operations and the test client on WildFly 39 (standalone-microprofile.xml: its opentelemetry,
 * microprofile-telemetry and microprofile-health subsystems): the same checks as on Liberty. The WAR turns
 * MicroProfile Telemetry on for itself ({@code otel.sdk.disabled=false}, which WildFly takes from the
 * application's configuration) and sends OTLP/HTTP to the test's receiver; health is on the management interface.
 */
class WildFlyOperationsIT {

    @Test
    void telemetryAuditAndHealth() throws Exception {
        try (OtlpReceiver receiver = new OtlpReceiver(); TestIssuer issuer = TestIssuer.start()) {
            OperationsChecks checks = new OperationsChecks(SampleWar.WILDFLY, issuer, receiver);
            WildFlyDeployments.deploy(checks.war());
            try {
                checks.tracesAndMetrics();
                checks.auditTrail(WildFlyDeployments::log);
                checks.readinessFollowsTheAuthorizationServer(WildFlyDeployments.MANAGEMENT + "/health/ready",
                        WildFlyDeployments.MANAGEMENT + "/health/live");
            } finally {
                WildFlyDeployments.undeploy(OperationsChecks.CONTEXT + ".war");
            }
        }
    }

    @Test
    void theTestClientUnderEachRevision() throws Exception {
        try (TestIssuer issuer = TestIssuer.start()) {
            String endpoint = SampleWar.resource(SampleWar.WILDFLY, "testclient");
            WildFlyDeployments.deploy(SampleWar.archive("testclient", issuer.issuer(), SampleWar.WILDFLY,
                    Map.of("mcp.auth.roles-claim", "groups")));
            try {
                for (Revision revision : List.of(Revision.V2025_11_25, Revision.V2026_07_28)) {
                    McpTestClientIT.everything(endpoint, issuer, revision);
                    McpTestClientIT.refusals(endpoint, issuer, revision);
                }
            } finally {
                WildFlyDeployments.undeploy("testclient.war");
            }
        }
    }
}
