package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.mcpee.test.McpTestClient;
import dev.mcpee.test.Revision;
import dev.mcpee.test.TestIssuer;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.trace.v1.Span;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The operations checks, the same on Open Liberty and WildFly: the spans and metrics a call exports through the
 * container's MicroProfile Telemetry to a real OTLP receiver, the audit trail's lines in the server's log, and
 * readiness following the authorization server while liveness does not.
 */
final class OperationsChecks {

    /** The WAR's context root. */
    static final String CONTEXT = "ops";
    /** How long exports and log lines may take to show. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CLIENT_SPAN = "00f067aa0ba902b7";

    private final String endpoint;
    private final TestIssuer issuer;
    private final OtlpReceiver receiver;

    OperationsChecks(String server, TestIssuer issuer, OtlpReceiver receiver) {
        this.endpoint = SampleWar.resource(server, CONTEXT);
        this.issuer = issuer;
        this.receiver = receiver;
    }

    /**
     * The WAR: the extension and {@link OpsTools}, trusting the test issuer, auditing every request, exporting
     * telemetry to the receiver
     * over OTLP/HTTP (the containers' default is gRPC) at short intervals, and with keys that go stale after two
     * seconds without their authorization server.
     *
     * @return the archive
     */
    WebArchive war() {
        String config = String.join("\n",
                "mcp.auth.issuer=" + issuer.issuer(),
                "mcp.auth.resource=" + endpoint,
                "mcp.auth.keys-max-age=PT2S",
                "mcp.audit.allowed=true",
                "otel.sdk.disabled=false",
                "otel.service.name=mcp-ops",
                "otel.exporter.otlp.protocol=http/protobuf",
                "otel.exporter.otlp.endpoint=" + receiver.endpoint(),
                "otel.bsp.schedule.delay=100",
                "otel.metric.export.interval=500",
                "otel.logs.exporter=none", "");
        return SampleWar.extensionOnly(CONTEXT, config, OpsTools.class);
    }

    /**
     * A URL that answers once the WAR is up.
     *
     * @return the probe
     */
    String probe() {
        return endpoint;
    }

    private String token(String... scopes) {
        return issuer.token().subject("olga").clientId("ops-console").scopes(scopes).audience(endpoint).issue();
    }

    /**
     * A call under the client's trace: its server span is a child of the client's span from {@code _meta}, the
     * tool's own span a child of it; the refusal and the duration are metrics; a 2026-07-28 call has its revision
     * and no session.
     *
     * @throws InterruptedException when interrupted
     */
    void tracesAndMetrics() throws InterruptedException {
        String session;
        try (McpTestClient client = McpTestClient.to(endpoint).token(token("ops:read")).open()) {
            client.request("tools/call", Map.of("name", "stock", "arguments", Map.of("item", "bolts"),
                    "_meta", Map.of("traceparent", "00-" + TRACE + "-" + CLIENT_SPAN + "-01"))).assertOk();
            session = client.sessionId().orElseThrow();
            client.callTool("clear", Map.of()).assertForbidden("ops:admin");
        }
        Span call = receiver.span("tools/call stock in the client's trace", s -> s.getName().equals("tools/call stock")
                && OtlpReceiver.hex(s.getTraceId()).equals(TRACE), WAIT);
        assertEquals(Span.SpanKind.SPAN_KIND_SERVER, call.getKind());
        assertEquals(CLIENT_SPAN, OtlpReceiver.hex(call.getParentSpanId()));
        assertEquals("tools/call", OtlpReceiver.attribute(call.getAttributesList(), "mcp.method.name"));
        assertEquals("stock", OtlpReceiver.attribute(call.getAttributesList(), "gen_ai.tool.name"));
        assertEquals("execute_tool", OtlpReceiver.attribute(call.getAttributesList(), "gen_ai.operation.name"));
        assertEquals(session, OtlpReceiver.attribute(call.getAttributesList(), "mcp.session.id"));
        assertEquals("2025-11-25", OtlpReceiver.attribute(call.getAttributesList(), "mcp.protocol.version"));
        assertNull(OtlpReceiver.attribute(call.getAttributesList(), "gen_ai.tool.call.arguments"),
                "arguments are not traced unless configured");
        assertTrue(call.getAttributesList().stream().noneMatch(kv -> kv.getValue().toString().contains("bolts")
                || kv.getValue().toString().contains("olga")), "no argument value or subject in attributes");

        Span work = receiver.span("the tool's own span", s -> s.getName().equals(OpsTools.WORK_SPAN)
                && OtlpReceiver.hex(s.getTraceId()).equals(TRACE), WAIT);
        assertEquals(OtlpReceiver.hex(call.getSpanId()), OtlpReceiver.hex(work.getParentSpanId()),
                "the tool's span nests under the MCP span");

        Span refused = receiver.span("the refused call's span", s -> s.getName().equals("tools/call clear"), WAIT);
        assertEquals("insufficient_scope", OtlpReceiver.attribute(refused.getAttributesList(), "error.type"));

        try (McpTestClient client = McpTestClient.to(endpoint).token(token("ops:read"))
                .revision(Revision.V2026_07_28).open()) {
            client.callTool("stock", Map.of("item", "nuts")).assertOk();
        }
        Span stateless = receiver.span("a 2026-07-28 call", s -> s.getName().equals("tools/call stock")
                && "2026-07-28".equals(OtlpReceiver.attribute(s.getAttributesList(), "mcp.protocol.version")), WAIT);
        assertNull(OtlpReceiver.attribute(stateless.getAttributesList(), "mcp.session.id"));

        Metric duration = receiver.metric("mcp.server.operation.duration of stock", m ->
                m.getName().equals("mcp.server.operation.duration") && point(m, "stock").isPresent(), WAIT);
        assertEquals("s", duration.getUnit());
        assertTrue(point(duration, "stock").orElseThrow().getCount() >= 1);
        Metric refusals = receiver.metric("mcp.server.request.refused", m -> m.getName()
                .equals("mcp.server.request.refused") && m.getSum().getDataPointsList().stream().anyMatch(p ->
                "insufficient_scope".equals(OtlpReceiver.attribute(p.getAttributesList(), "error.type"))), WAIT);
        NumberDataPoint scope = refusals.getSum().getDataPointsList().stream().filter(p -> "insufficient_scope"
                .equals(OtlpReceiver.attribute(p.getAttributesList(), "error.type"))).findFirst().orElseThrow();
        assertTrue(scope.getAsInt() >= 1, scope::toString);
        receiver.metric("mcp.server.session.active", m -> m.getName().equals("mcp.server.session.active"), WAIT);
    }

    private static Optional<HistogramDataPoint> point(Metric histogram, String tool) {
        return histogram.getHistogram().getDataPointsList().stream()
                .filter(p -> tool.equals(OtlpReceiver.attribute(p.getAttributesList(), "gen_ai.tool.name")))
                .findFirst();
    }

    /**
     * The audit trail: the allowed call and the refusal, each one JSON line in the server's log.
     *
     * @param log the server log's text now
     * @throws InterruptedException when interrupted
     */
    void auditTrail(Supplier<String> log) throws InterruptedException {
        JsonObject allowed = auditLine(log, issuer.issuer(), "stock", "allowed");
        assertEquals(issuer.issuer(), allowed.getString("issuer"));
        assertEquals("olga", allowed.getString("subject"));
        assertEquals("ops-console", allowed.getString("client_id"));
        assertEquals("tools/call", allowed.getString("method"));
        assertEquals("ok", allowed.getString("outcome"));
        assertEquals(200, allowed.getInt("status"));
        JsonObject refused = auditLine(log, issuer.issuer(), "clear", "insufficient_scope");
        assertEquals("needs ops:admin", refused.getString("reason"));
        assertEquals(403, refused.getInt("status"));
        assertTrue(!log.get().contains("\"bolts\""), "argument values are not logged");
    }

    /** This run's line (the issuer's port is new each run; WildFly's log survives earlier runs). */
    private static JsonObject auditLine(Supplier<String> log, String issuer, String target, String decision)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            for (String line : log.get().split("\n")) {
                int json = line.indexOf("{\"time\"");
                if (line.contains("dev.mcpee.audit") && json >= 0) {
                    JsonObject o = Json.createReader(new StringReader(line.substring(json))).readObject();
                    if (target.equals(o.getString("target", null)) && decision.equals(o.getString("decision"))
                            && issuer.equals(o.getString("issuer", null))) {
                        return o;
                    }
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no audit line for " + target + " " + decision + " within " + WAIT);
            }
            Thread.sleep(200);
        }
    }

    /**
     * Readiness is UP with fresh keys; with the authorization server gone and the keys older than their max age
     * it is DOWN (503), while liveness stays UP.
     *
     * @param ready the readiness URL
     * @param live  the liveness URL
     * @throws Exception when a request fails
     */
    void readinessFollowsTheAuthorizationServer(String ready, String live) throws Exception {
        JsonObject up = mcpCheck(health(ready, 200));
        assertEquals("UP", up.getString("status"), up::toString);
        assertEquals("fresh", up.getJsonObject("data").getString("keys"), up::toString);
        assertEquals("memory", up.getJsonObject("data").getString("sessionStore"), up::toString);
        issuer.close();
        Instant deadline = Instant.now().plus(WAIT);
        HttpResponse<String> r;
        while ((r = get(ready)).statusCode() != 503) {
            assertTrue(Instant.now().isBefore(deadline), "readiness stayed " + r.statusCode() + ": " + r.body());
            Thread.sleep(500);
        }
        JsonObject down = mcpCheck(r);
        assertEquals("DOWN", down.getString("status"), down::toString);
        assertTrue(down.getJsonObject("data").getString("keys").startsWith("stale"), down::toString);
        JsonObject alive = mcpCheck(health(live, 200));
        assertEquals("UP", alive.getString("status"), alive::toString);
    }

    private HttpResponse<String> health(String url, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = get(url);
        assertEquals(status, r.statusCode(), () -> url + ": " + r.body());
        return r;
    }

    /** This WAR's check (a server with several MCP WARs has one mcp-ee check per endpoint). */
    private JsonObject mcpCheck(HttpResponse<String> r) {
        JsonObject doc = Json.createReader(new StringReader(r.body())).readObject();
        List<JsonValue> checks = doc.getJsonArray("checks");
        return checks.stream().map(JsonValue::asJsonObject).filter(c -> "mcp-ee".equals(c.getString("name"))
                        && c.containsKey("data") && endpoint.equals(c.getJsonObject("data").getString("endpoint", null)))
                .findFirst().orElseThrow(() -> new AssertionError("no mcp-ee check for " + endpoint + " in " + doc));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
