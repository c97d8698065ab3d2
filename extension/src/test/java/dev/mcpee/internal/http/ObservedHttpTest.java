package dev.mcpee.internal.http;

import static dev.mcpee.internal.http.HttpFixture.call;
import static dev.mcpee.internal.http.HttpFixture.json;
import static dev.mcpee.internal.http.HttpFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.ToolException;
import dev.mcpee.internal.audit.AuditTrail;
import dev.mcpee.internal.jsonrpc.Json;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What operators see of each request, over a real deployment: the audit trail's line and the OpenTelemetry spans
 * and metrics, recorded by a real OpenTelemetry SDK (in-memory exporters) offered to the deployment as
 * MicroProfile Telemetry offers the container's.
 */
class ObservedHttpTest {

    private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();
    private static final InMemoryMetricReader METRICS = InMemoryMetricReader.create();
    private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(SPANS)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(METRICS).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();

    /** The client's trace, as it would put it in {@code _meta}. */
    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String CLIENT_SPAN = "b7ad6b7169203331";
    private static final String TRACEPARENT = "00-" + TRACE + "-" + CLIENT_SPAN + "-01";

    static {
        // Read when the fixture deploys (it sets its own keys, then starts the container).
        System.setProperty("mcp.telemetry.tool-arguments", "note");
        System.setProperty("mcp.audit.allowed", "true");
    }

    /** Offers the SDK the way MicroProfile Telemetry offers the container's OpenTelemetry. */
    @Dependent
    public static class Telemetry {

        /**
         * The OpenTelemetry bean.
         *
         * @return the test SDK
         */
        @Produces
        @Singleton
        public OpenTelemetry openTelemetry() {
            return SDK;
        }
    }

    /** The tools the tests call. */
    @ApplicationScoped
    public static class Tools {

        @Inject
        OpenTelemetry telemetry;

        /**
         * Echoes, inside a span of its own (as a JPA or REST client call would make).
         *
         * @param text the text
         * @return the text
         */
        @McpTool
        public String echo(String text) {
            telemetry.getTracer("tool").spanBuilder("echo-work").startSpan().end();
            return text;
        }

        /**
         * Takes a note; its arguments are configured to be traced.
         *
         * @param text the note
         * @return the note
         */
        @McpTool
        public String note(String text) {
            return text;
        }

        /**
         * Needs a scope the test user lacks.
         *
         * @return never, for alice
         */
        @McpTool
        @RequiresScope("admin")
        public String wipe() {
            return "wiped";
        }

        /**
         * Needs a role the test user lacks.
         *
         * @return never, for alice
         */
        @McpTool
        @RolesAllowed("staff")
        public String audit() {
            return "seen";
        }

        /**
         * Asks the user's name (under 2026-07-28: an input_required round).
         *
         * @param context the call's context
         * @return the greeting
         */
        @McpTool
        public String greet(McpContext context) {
            JsonObject answer = context.elicit("user_name", "Your name?", Json.parse(
                    "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}").asJsonObject())
                    .toCompletableFuture().join();
            return "Hello, " + answer.getJsonObject("content").getString("name");
        }

        /**
         * Reports progress, so it streams.
         *
         * @param context the call's context
         * @return done
         */
        @McpTool
        public String work(McpContext context) {
            context.progress(1, 2.0, "half way");
            return "done";
        }

        /**
         * Completes later, on another thread.
         *
         * @return later
         */
        @McpTool
        public java.util.concurrent.CompletionStage<String> later() {
            return java.util.concurrent.CompletableFuture.supplyAsync(() -> "later");
        }

        /**
         * Fails as a tool result.
         *
         * @return never
         */
        @McpTool
        public String broken() {
            throw new ToolException("the printer is on fire");
        }
    }

    @RegisterExtension
    static final HttpFixture MCP = new HttpFixture(Tools.class, Telemetry.class);

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(AuditTrail.LOGGER).addHandler(capture);
        SPANS.reset();
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(AuditTrail.LOGGER).removeHandler(capture);
    }

    @AfterAll
    static void clear() {
        System.clearProperty("mcp.telemetry.tool-arguments");
        System.clearProperty("mcp.audit.allowed");
    }

    @Test
    void theDeploymentSummaryNamesWhatReports() {
        assertTrue(DeploymentSummary.of(MCP.deployment(), "/ctx/mcp")
                .endsWith("; reports: audit trail (dev.mcpee.audit, INFO, every request), OpenTelemetry"));
    }

    @Test
    void anAllowedCallIsOneAuditLineAndAServerSpanInTheClientsTraceAroundTheToolsOwnSpans() {
        String token = MCP.token("alice", "read", Json.object().add("azp", "vscode").build());
        String session = MCP.openSession(MCP.request().header("Authorization", "Bearer " + token));
        lines.clear();
        SPANS.reset();
        long echoes = durationCount("tools/call", "echo", null);
        HttpReply r = MCP.request().header("Authorization", "Bearer " + token).session(session)
                .header("Accept", "application/json").post(call(7, "tools/call",
                        "{\"name\":\"echo\",\"arguments\":{\"text\":\"private words\"},\"_meta\":{\"traceparent\":\""
                                + TRACEPARENT + "\"}}"));
        assertEquals(200, r.status(), () -> text(r));

        JsonObject line = onlyLine();
        assertEquals("POST", line.getString("http"));
        assertEquals(HttpFixture.ISSUER, line.getString("issuer"));
        assertEquals("alice", line.getString("subject"));
        assertEquals("vscode", line.getString("client_id"));
        assertEquals("tools/call", line.getString("method"));
        assertEquals("echo", line.getString("target"));
        assertEquals("7", line.getString("request_id"));
        assertEquals("2025-11-25", line.getString("revision"));
        assertEquals(session, line.getString("session"));
        assertEquals("allowed", line.getString("decision"));
        assertEquals(200, line.getInt("status"));
        assertEquals("ok", line.getString("outcome"));
        assertTrue(line.getJsonNumber("duration_ms").doubleValue() >= 0, line::toString);
        assertFalse(lines.get(0).contains("private words") || lines.get(0).contains(token), "arguments or token logged");

        SpanData span = span("tools/call echo");
        assertEquals(SpanKind.SERVER, span.getKind());
        assertEquals(TRACE, span.getTraceId());
        assertEquals(CLIENT_SPAN, span.getParentSpanId());
        Attributes a = span.getAttributes();
        assertEquals("tools/call", a.get(AttributeKey.stringKey("mcp.method.name")));
        assertEquals("echo", a.get(AttributeKey.stringKey("gen_ai.tool.name")));
        assertEquals("execute_tool", a.get(AttributeKey.stringKey("gen_ai.operation.name")));
        assertEquals("7", a.get(AttributeKey.stringKey("jsonrpc.request.id")));
        assertEquals(session, a.get(AttributeKey.stringKey("mcp.session.id")));
        assertEquals("2025-11-25", a.get(AttributeKey.stringKey("mcp.protocol.version")));
        assertEquals("tcp", a.get(AttributeKey.stringKey("network.transport")));
        assertNull(a.get(AttributeKey.stringKey("gen_ai.tool.call.arguments")), "echo's arguments are not traced");
        assertNull(a.get(AttributeKey.stringKey("error.type")));
        assertFalse(a.toString().contains("private words") || a.toString().contains("alice"), a::toString);
        assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());

        SpanData own = span("echo-work");
        assertEquals(TRACE, own.getTraceId());
        assertEquals(span.getSpanId(), own.getParentSpanId(), "the tool's span nests under the MCP span");

        assertEquals(1, durationCount("tools/call", "echo", null) - echoes);
    }

    @Test
    void withoutMetaTheHttpTraceparentIsTheParent() {
        String session = MCP.openSession();
        SPANS.reset();
        String header = "00-" + "1".repeat(32) + "-" + "2".repeat(16) + "-01";
        MCP.request().session(session).header("traceparent", header).header("Accept", "application/json")
                .post(call(8, "tools/call", "{\"name\":\"note\",\"arguments\":{\"text\":\"x\"}}"));
        SpanData span = span("tools/call note");
        assertEquals("1".repeat(32), span.getTraceId());
        assertEquals("2".repeat(16), span.getParentSpanId());
        assertEquals("{\"text\":\"x\"}", span.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.call.arguments")),
                "mcp.telemetry.tool-arguments names note");
    }

    @Test
    void refusalsAreAuditedWithTheirReasonAndCountedByType() {
        String session = MCP.openSession();
        long before = refused("insufficient_scope") + refused("forbidden") + refused("unauthenticated")
                + refused("invalid_token");
        lines.clear();
        SPANS.reset();
        assertEquals(401, MCP.request().header("Authorization", null).post(call(1, "tools/list", null)).status());
        assertEquals(401, MCP.request().header("Authorization", "Bearer not-a-jwt").post(call(1, "tools/list", null))
                .status());
        assertEquals(403, MCP.request().session(session).post(call(2, "tools/call", "{\"name\":\"wipe\"}")).status());
        assertEquals(403, MCP.request().session(session).post(call(3, "tools/call", "{\"name\":\"audit\"}")).status());

        List<JsonObject> audited = lines.stream().map(l -> Json.parse(l).asJsonObject()).toList();
        assertEquals(4, audited.size(), lines::toString);
        assertEquals("unauthenticated", audited.get(0).getString("decision"));
        assertEquals(401, audited.get(0).getInt("status"));
        assertFalse(audited.get(0).containsKey("subject"));
        assertEquals("invalid_token", audited.get(1).getString("decision"));
        assertTrue(audited.get(1).containsKey("reason"), audited.get(1)::toString);
        assertEquals("insufficient_scope", audited.get(2).getString("decision"));
        assertEquals("needs admin", audited.get(2).getString("reason"));
        assertEquals("wipe", audited.get(2).getString("target"));
        assertEquals("alice", audited.get(2).getString("subject"));
        assertEquals(403, audited.get(2).getInt("status"));
        assertEquals("refused", audited.get(2).getString("outcome"));
        assertEquals("forbidden", audited.get(3).getString("decision"));
        assertEquals("audit", audited.get(3).getString("target"));

        SpanData wipe = span("tools/call wipe");
        assertEquals("insufficient_scope", wipe.getAttributes().get(AttributeKey.stringKey("error.type")));
        assertEquals(StatusCode.ERROR, wipe.getStatus().getStatusCode());
        assertEquals(4, refused("insufficient_scope") + refused("forbidden") + refused("unauthenticated")
                + refused("invalid_token") - before);
    }

    @Test
    void toolErrorsAndProtocolErrorsCarryTheirType() {
        String session = MCP.openSession();
        lines.clear();
        SPANS.reset();
        long brokenBefore = durationCount("tools/call", "broken", "tool_error");
        HttpReply broken = MCP.request().session(session).header("Accept", "application/json")
                .post(call(4, "tools/call", "{\"name\":\"broken\"}"));
        assertTrue(json(broken).getJsonObject("result").getBoolean("isError"));
        HttpReply unknown = MCP.request().session(session).header("Accept", "application/json")
                .post(call(5, "tools/call", "{\"name\":\"nothing-here\"}"));
        assertEquals(-32602, json(unknown).getJsonObject("error").getInt("code"));

        JsonObject first = Json.parse(lines.get(0)).asJsonObject();
        assertEquals("tool_error", first.getString("outcome"));
        JsonObject second = Json.parse(lines.get(1)).asJsonObject();
        assertEquals("error", second.getString("outcome"));
        assertEquals(-32602, second.getInt("error_code"));
        assertFalse(lines.get(0).contains("on fire"), "the tool's message is the client's, not the trail's");

        SpanData span = span("tools/call broken");
        assertEquals("tool_error", span.getAttributes().get(AttributeKey.stringKey("error.type")));
        assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
        // A tool that does not exist is not named: callers choose such names freely, spans and series must not.
        SpanData missing = span("tools/call");
        assertEquals("-32602", missing.getAttributes().get(AttributeKey.stringKey("error.type")));
        assertEquals("-32602", missing.getAttributes().get(AttributeKey.stringKey("rpc.response.status_code")));
        assertNull(missing.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.name")));
        assertEquals("nothing-here", second.getString("target"), "the audit trail names it");
        assertEquals(1, durationCount("tools/call", "broken", "tool_error") - brokenBefore);
    }

    @Test
    void aStreamedCallAndAnAsynchronousOneEndWhenTheirResultIsReady() {
        String session = MCP.openSession();
        lines.clear();
        SPANS.reset();
        HttpReply streamed = MCP.request().session(session)
                .post(call(30, "tools/call", "{\"name\":\"work\",\"_meta\":{\"progressToken\":1}}"));
        assertTrue(lines.isEmpty(), "the call runs while its stream is written: " + lines);
        List<JsonObject> events = HttpFixture.events(streamed);
        assertEquals("done", events.get(events.size() - 1).getJsonObject("result").getJsonArray("content")
                .getJsonObject(0).getString("text"));
        assertEquals("ok", onlyLine().getString("outcome"));
        assertEquals(StatusCode.UNSET, span("tools/call work").getStatus().getStatusCode());
        lines.clear();
        HttpReply later = MCP.request().session(session).header("Accept", "application/json")
                .post(call(31, "tools/call", "{\"name\":\"later\"}"));
        assertTrue(text(later).contains("\"later\""), () -> text(later));
        JsonObject line = onlyLine();
        assertEquals("later", line.getString("target"));
        assertEquals("ok", line.getString("outcome"));
        span("tools/call later");
    }

    @Test
    void streamsAndSessionEndsAreAuditedToo() {
        String session = MCP.openSession();
        lines.clear();
        assertEquals(406, MCP.request().session(session).header("Accept", "application/json").get().status());
        assertEquals(204, MCP.request().session(session).delete().status());
        assertEquals(403, MCP.request().header("Origin", "https://evil.example").post(call(1, "ping", null)).status());
        List<JsonObject> audited = lines.stream().map(l -> Json.parse(l).asJsonObject()).toList();
        assertEquals(3, audited.size(), lines::toString);
        assertEquals("GET", audited.get(0).getString("http"));
        assertEquals("rejected", audited.get(0).getString("outcome"));
        assertEquals("DELETE", audited.get(1).getString("http"));
        assertEquals(session, audited.get(1).getString("session"));
        assertEquals("origin", audited.get(2).getString("decision"));
    }

    @Test
    void madeUpMethodsAreReportedAsOther() {
        String session = MCP.openSession();
        SPANS.reset();
        for (int i = 0; i < 3; i++) {
            MCP.request().session(session).header("Accept", "application/json")
                    .post(call(20 + i, "made/up-" + i, null));
        }
        List<SpanData> spans = SPANS.getFinishedSpanItems();
        assertEquals(3, spans.size(), spans::toString);
        for (SpanData s : spans) {
            assertEquals("_OTHER", s.getName());
            assertEquals("_OTHER", s.getAttributes().get(AttributeKey.stringKey("mcp.method.name")));
            assertEquals("-32601", s.getAttributes().get(AttributeKey.stringKey("error.type")));
        }
    }

    @Test
    void aStatelessRequestHasItsRevisionAndNoSession() {
        lines.clear();
        SPANS.reset();
        String meta = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}";
        HttpReply r = MCP.request().header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Method", "tools/call")
                .header("Mcp-Name", "echo").header("Accept", "application/json")
                .post(call(9, "tools/call", "{\"name\":\"echo\",\"arguments\":{\"text\":\"hi\"}," + meta + "}"));
        assertEquals(200, r.status(), () -> text(r));
        JsonObject line = onlyLine();
        assertEquals("2026-07-28", line.getString("revision"));
        assertFalse(line.containsKey("session"));
        assertEquals("ok", line.getString("outcome"));
        Attributes a = span("tools/call echo").getAttributes();
        assertEquals("2026-07-28", a.get(AttributeKey.stringKey("mcp.protocol.version")));
        assertNull(a.get(AttributeKey.stringKey("mcp.session.id")));
    }

    @Test
    void anInputRequiredRoundIsItsOutcomeAndCounted() {
        long before = inputRequired();
        lines.clear();
        String meta = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{\"elicitation\":{}}}";
        HttpReply r = MCP.request().header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Method", "tools/call")
                .header("Mcp-Name", "greet").header("Accept", "application/json")
                .post(call(10, "tools/call", "{\"name\":\"greet\",\"arguments\":{}," + meta + "}"));
        assertEquals("input_required", json(r).getJsonObject("result").getString("resultType"), () -> text(r));
        assertEquals("input_required", onlyLine().getString("outcome"));
        assertEquals(1, inputRequired() - before);
    }

    @Test
    void theGaugesCountSessions() {
        long before = sessions();
        // A user of its own: the fixture keeps two sessions per user, so alice's third would end her first.
        String bearer = "Bearer " + MCP.token("gauge-reader", "read");
        String session = MCP.openSession(MCP.request().header("Authorization", bearer));
        assertEquals(before + 1, sessions());
        assertEquals(204, MCP.request().header("Authorization", bearer).session(session).delete().status());
        assertEquals(before, sessions());
        assertTrue(METRICS.collectAllMetrics().stream().anyMatch(m -> m.getName().equals("mcp.server.stream.active")
                && "{stream}".equals(m.getUnit())));
    }

    private JsonObject onlyLine() {
        assertEquals(1, lines.size(), lines::toString);
        return Json.parse(lines.get(0)).asJsonObject();
    }

    private static SpanData span(String name) {
        return SPANS.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + name + " in " + SPANS.getFinishedSpanItems()
                        .stream().map(SpanData::getName).toList()));
    }

    private static long refused(String type) {
        return sum("mcp.server.request.refused", p -> type.equals(p.getAttributes()
                .get(AttributeKey.stringKey("error.type"))));
    }

    private static long sessions() {
        return sum("mcp.server.session.active", p -> true);
    }

    private static long inputRequired() {
        return sum("mcp.server.input_required", p -> true);
    }

    /** The sum of a counter's (or up-down counter's) points that pass a test. */
    private static long sum(String metric, java.util.function.Predicate<LongPointData> points) {
        return METRICS.collectAllMetrics().stream().filter(m -> m.getName().equals(metric))
                .flatMap(m -> m.getLongSumData().getPoints().stream()).filter(points)
                .mapToLong(LongPointData::getValue).sum();
    }

    private static long durationCount(String method, String tool, String errorType) {
        for (MetricData m : METRICS.collectAllMetrics()) {
            if (m.getName().equals("mcp.server.operation.duration")) {
                assertEquals("s", m.getUnit());
                long n = 0;
                for (HistogramPointData p : m.getHistogramData().getPoints()) {
                    Attributes a = p.getAttributes();
                    if (method.equals(a.get(AttributeKey.stringKey("mcp.method.name")))
                            && tool.equals(a.get(AttributeKey.stringKey("gen_ai.tool.name")))
                            && java.util.Objects.equals(errorType, a.get(AttributeKey.stringKey("error.type")))) {
                        n += p.getCount();
                    }
                }
                return n;
            }
        }
        return 0;
    }
}
