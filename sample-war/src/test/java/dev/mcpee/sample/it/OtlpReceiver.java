package dev.mcpee.sample.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.ByteString;
import com.google.protobuf.MessageLite;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * A real OTLP/HTTP receiver for the tests (what an OpenTelemetry Collector's {@code otlp} receiver accepts):
 * {@code POST /v1/traces} and {@code /v1/metrics} with protobuf bodies, answered 200 with the protobuf response,
 * as the OTLP specification says. It keeps every span and metric the servers export, decoded with the
 * protocol's own message classes, for the tests to wait for.
 */
public final class OtlpReceiver implements AutoCloseable {

    private final HttpServer server;
    private final boolean keep;
    private final List<Span> spans = new ArrayList<>();
    private final List<Metric> metrics = new ArrayList<>();
    private final Map<String, LongAdder> spanCounts = new ConcurrentHashMap<>();

    /**
     * Starts a receiver on a free loopback port that keeps what it receives.
     *
     * @throws IOException when no port can be bound
     */
    public OtlpReceiver() throws IOException {
        this(true);
    }

    /**
     * Starts a receiver on a free loopback port.
     *
     * @param keep whether it keeps the spans (tests), or only counts them by name (benchmarks, which export
     *             millions)
     * @throws IOException when no port can be bound
     */
    public OtlpReceiver(boolean keep) throws IOException {
        this.keep = keep;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/traces", exchange -> receive(exchange, body -> {
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            request.getResourceSpansList().forEach(r -> r.getScopeSpansList().forEach(s -> s.getSpansList()
                    .forEach(span -> spanCounts.computeIfAbsent(span.getName(), n -> new LongAdder()).increment())));
            if (keep) {
                synchronized (spans) {
                    request.getResourceSpansList().forEach(r -> r.getScopeSpansList()
                            .forEach(s -> spans.addAll(s.getSpansList())));
                }
            }
            return ExportTraceServiceResponse.getDefaultInstance();
        }));
        server.createContext("/v1/metrics", exchange -> receive(exchange, body -> {
            ExportMetricsServiceRequest request = ExportMetricsServiceRequest.parseFrom(body);
            if (!keep) {
                return ExportMetricsServiceResponse.getDefaultInstance();
            }
            synchronized (metrics) {
                request.getResourceMetricsList().forEach(r -> r.getScopeMetricsList()
                        .forEach(s -> metrics.addAll(s.getMetricsList())));
            }
            return ExportMetricsServiceResponse.getDefaultInstance();
        }));
        server.createContext("/v1/logs", exchange -> receive(exchange, body -> null));
        server.start();
    }

    /** Decodes one export request. */
    @FunctionalInterface
    private interface Decoder {
        MessageLite decode(InputStream body) throws IOException;
    }

    private static void receive(HttpExchange exchange, Decoder decoder) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            MessageLite response;
            try {
                response = decoder.decode(body);
            } catch (IOException e) {
                // Bad data: 400, which the exporter does not retry.
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            byte[] bytes = response == null ? new byte[0] : response.toByteArray();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    /**
     * The endpoint to configure as {@code otel.exporter.otlp.endpoint} (with protocol {@code http/protobuf}).
     *
     * @return the base URL
     */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Waits for a span.
     *
     * @param description what is awaited, for the failure message
     * @param match       the span awaited
     * @param timeout     how long to wait at most
     * @return the first matching span
     * @throws InterruptedException when interrupted
     */
    public Span span(String description, Predicate<Span> match, Duration timeout) throws InterruptedException {
        return await(description, () -> {
            synchronized (spans) {
                return spans.stream().filter(match).findFirst();
            }
        }, timeout, () -> "spans received: " + spanNames());
    }

    /**
     * Waits for a metric data point.
     *
     * @param description what is awaited, for the failure message
     * @param match       the metric awaited
     * @param timeout     how long to wait at most
     * @return the last matching metric (the newest export of a cumulative metric)
     * @throws InterruptedException when interrupted
     */
    public Metric metric(String description, Predicate<Metric> match, Duration timeout) throws InterruptedException {
        return await(description, () -> {
            synchronized (metrics) {
                return metrics.stream().filter(match).reduce((a, b) -> b);
            }
        }, timeout, () -> "metrics received: " + metricNames());
    }

    private interface Lookup<T> {
        Optional<T> find();
    }

    private static <T> T await(String description, Lookup<T> lookup, Duration timeout,
                               java.util.function.Supplier<String> seen) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<T> found = lookup.find();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not exported within " + timeout + ": " + description + "; " + seen.get());
            }
            Thread.sleep(100);
        }
    }

    /**
     * How many spans were received whose name passes a test.
     *
     * @param name the test of the span's name
     * @return the count
     */
    public long count(Predicate<String> name) {
        return spanCounts.entrySet().stream().filter(e -> name.test(e.getKey())).mapToLong(e -> e.getValue().sum())
                .sum();
    }

    private List<String> spanNames() {
        synchronized (spans) {
            return spans.stream().map(Span::getName).distinct().toList();
        }
    }

    private List<String> metricNames() {
        synchronized (metrics) {
            return metrics.stream().map(Metric::getName).distinct().toList();
        }
    }

    /**
     * A string attribute of a span or data point.
     *
     * @param attributes its attributes
     * @param key        the key
     * @return the value, or null
     */
    public static String attribute(List<KeyValue> attributes, String key) {
        for (KeyValue kv : attributes) {
            if (kv.getKey().equals(key)) {
                AnyValue v = kv.getValue();
                return v.hasStringValue() ? v.getStringValue() : v.hasIntValue() ? Long.toString(v.getIntValue())
                        : v.toString();
            }
        }
        return null;
    }

    /**
     * A trace or span id as lowercase hex, as in {@code traceparent}.
     *
     * @param id the id's bytes
     * @return the hex
     */
    public static String hex(ByteString id) {
        return HexFormat.of().formatHex(id.toByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
