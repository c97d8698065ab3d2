package dev.mcpee.internal.telemetry;

import static dev.mcpee.internal.telemetry.Conventions.ARGUMENTS;
import static dev.mcpee.internal.telemetry.Conventions.ERROR_TYPE;
import static dev.mcpee.internal.telemetry.Conventions.HTTP_STATUS;
import static dev.mcpee.internal.telemetry.Conventions.METHOD;
import static dev.mcpee.internal.telemetry.Conventions.OPERATION;
import static dev.mcpee.internal.telemetry.Conventions.PROMPT;
import static dev.mcpee.internal.telemetry.Conventions.PROTOCOL_NAME;
import static dev.mcpee.internal.telemetry.Conventions.PROTOCOL_VERSION;
import static dev.mcpee.internal.telemetry.Conventions.REQUEST_ID;
import static dev.mcpee.internal.telemetry.Conventions.RESOURCE_URI;
import static dev.mcpee.internal.telemetry.Conventions.SESSION;
import static dev.mcpee.internal.telemetry.Conventions.STATUS_CODE;
import static dev.mcpee.internal.telemetry.Conventions.TOOL;
import static dev.mcpee.internal.telemetry.Conventions.TRANSPORT;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import dev.mcpee.internal.observe.Decision;
import dev.mcpee.internal.observe.Exchange;
import dev.mcpee.internal.observe.Observer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableLongUpDownCounter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.json.JsonObject;

/**
 * Spans and metrics through the container's OpenTelemetry (MicroProfile Telemetry), named as the semantic
 * conventions for MCP say ({@link Conventions}). A request that runs gets a SERVER span named
 * {@code tools/call <tool>}, {@code prompts/get <prompt>} or the method; its parent is the trace context the
 * client put in {@code params._meta} (with a link to the HTTP request's own span), else the HTTP request's span
 * or {@code traceparent} header. The span is current while the tool runs, so the tool's JPA or REST client spans
 * nest under it. Nothing secret goes into an attribute: no token, no subject, no argument values unless
 * {@code mcp.telemetry.tool-arguments} names the tool.
 */
public final class McpTelemetry implements Observer, AutoCloseable {

    private static final String SCOPE = "dev.mcpee";
    /** The conventions' value for a method they do not know. */
    private static final String OTHER = "_OTHER";

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final Predicate<String> tracesArguments;
    private final DoubleHistogram duration;
    private final LongCounter refused;
    private final LongCounter inputRequired;
    private final ObservableLongUpDownCounter sessions;
    private final ObservableLongUpDownCounter streams;

    /**
     * Creates the observer.
     *
     * @param openTelemetry   the container's OpenTelemetry
     * @param version         mcp-ee's version, the instrumentation scope's; null when the jar does not say
     * @param tracesArguments which tools' arguments go into their spans
     * @param liveSessions    the live sessions
     * @param openStreams     the streams being written
     */
    public McpTelemetry(OpenTelemetry openTelemetry, String version, Predicate<String> tracesArguments,
                        IntSupplier liveSessions, IntSupplier openStreams) {
        var tracerBuilder = openTelemetry.tracerBuilder(SCOPE);
        var meterBuilder = openTelemetry.meterBuilder(SCOPE);
        if (version != null) {
            tracerBuilder.setInstrumentationVersion(version);
            meterBuilder.setInstrumentationVersion(version);
        }
        this.tracer = tracerBuilder.build();
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.tracesArguments = tracesArguments;
        Meter meter = meterBuilder.build();
        this.duration = meter.histogramBuilder(Conventions.OPERATION_DURATION).setUnit("s")
                .setDescription("MCP request duration as observed on the receiver from the time it was received"
                        + " until the result or ack is sent.")
                .setExplicitBucketBoundariesAdvice(Conventions.BUCKETS).build();
        this.refused = meter.counterBuilder(Conventions.REFUSED).setUnit("{request}")
                .setDescription("MCP requests refused before they ran (401, 403), by error.type.").build();
        this.inputRequired = meter.counterBuilder(Conventions.INPUT_REQUIRED).setUnit("{round}")
                .setDescription("Answers that were an input_required round of a 2026-07-28 request.").build();
        this.sessions = meter.upDownCounterBuilder(Conventions.ACTIVE_SESSIONS).setUnit("{session}")
                .setDescription("Live MCP sessions in the session store.")
                .buildWithCallback(m -> {
                    try {
                        m.record(liveSessions.getAsInt());
                    } catch (RuntimeException e) {
                        // A shared store that does not answer: no value this time (readiness says why).
                    }
                });
        this.streams = meter.upDownCounterBuilder(Conventions.ACTIVE_STREAMS).setUnit("{stream}")
                .setDescription("Server-to-client event streams this instance is writing.")
                .buildWithCallback(m -> m.record(openStreams.getAsInt()));
    }

    @Override
    public String label() {
        return "OpenTelemetry";
    }

    @Override
    public void begin(Exchange e) {
        // A client's answer to a request of ours has no method: it is part of the call that asked, not a span.
        if (e.method() != null) {
            e.trace(start(e));
        }
    }

    @Override
    public Exchange.Scope enter(Exchange e) {
        if (e.trace() instanceof Span span) {
            io.opentelemetry.context.Scope scope = span.makeCurrent();
            return scope::close;
        }
        return Exchange.Scope.NONE;
    }

    @Override
    public void end(Exchange e) {
        String errorType = errorType(e);
        if (e.decision() != Decision.ALLOWED) {
            refused.add(1, Attributes.of(ERROR_TYPE, e.decision().label(), HTTP_STATUS, (long) e.answer().status()));
        }
        if (e.answer().inputRequired()) {
            inputRequired.add(1, Attributes.of(METHOD, method(e)));
        }
        Span span = e.trace() instanceof Span s ? s : e.method() != null && e.decision() != Decision.ALLOWED
                ? start(e) : null;
        if (span == null) {
            return;
        }
        if (errorType != null) {
            span.setAttribute(ERROR_TYPE, errorType).setStatus(StatusCode.ERROR, e.answer().errorCode() != null
                    ? "JSON-RPC error " + e.answer().errorCode() : errorType);
        }
        if (e.answer().errorCode() != null) {
            span.setAttribute(STATUS_CODE, e.answer().errorCode().toString());
        }
        if (e.answer().status() != 200) {
            span.setAttribute(HTTP_STATUS, (long) e.answer().status());
        }
        span.end(epochNanos(e.start().plus(e.duration())), TimeUnit.NANOSECONDS);
        if (e.begun()) {
            AttributesBuilder metric = Attributes.builder().put(METHOD, method(e))
                    .put(TRANSPORT, "tcp").put(PROTOCOL_NAME, "http");
            putIfSet(metric, e);
            if (errorType != null) {
                metric.put(ERROR_TYPE, errorType);
            }
            if (e.answer().errorCode() != null) {
                metric.put(STATUS_CODE, e.answer().errorCode().toString());
            }
            duration.record(e.duration().toNanos() / 1e9, metric.build());
        }
    }

    private static long epochNanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /**
     * The method as reported: its name when MCP defines it (here), else {@code _OTHER}, so that callers sending
     * made-up methods cannot multiply the metric's series or the spans' names.
     */
    private static String method(Exchange e) {
        return e.methodKnown() ? e.method() : OTHER;
    }

    private Span start(Exchange e) {
        String method = method(e);
        String target = !e.targetKnown() ? null : e.target().tool() != null ? e.target().tool() : e.target().prompt();
        SpanBuilder span = tracer.spanBuilder(target == null ? method : method + " " + target)
                .setSpanKind(SpanKind.SERVER)
                .setStartTimestamp(epochNanos(e.start()), TimeUnit.NANOSECONDS)
                .setAttribute(METHOD, method).setAttribute(TRANSPORT, "tcp").setAttribute(PROTOCOL_NAME, "http");
        parent(span, e);
        AttributesBuilder attributes = Attributes.builder();
        putIfSet(attributes, e);
        if (e.targetKnown() && e.target().resourceUri() != null) {
            attributes.put(RESOURCE_URI, e.target().resourceUri());
        }
        if (e.requestId() != null) {
            attributes.put(REQUEST_ID, e.requestId());
        }
        if (e.sessionId() != null) {
            attributes.put(SESSION, e.sessionId());
        }
        if (e.targetKnown() && e.target().tool() != null && tracesArguments.test(e.target().tool())
                && e.params().get("arguments") instanceof JsonObject arguments) {
            attributes.put(ARGUMENTS, arguments.toString());
        }
        span.setAllAttributes(attributes.build());
        return span.startSpan();
    }

    /** The attributes spans and the duration metric share: names only of tools and prompts that exist. */
    private static void putIfSet(AttributesBuilder attributes, Exchange e) {
        if (e.targetKnown() && e.target().tool() != null) {
            attributes.put(TOOL, e.target().tool()).put(OPERATION, Conventions.EXECUTE_TOOL);
        }
        if (e.targetKnown() && e.target().prompt() != null) {
            attributes.put(PROMPT, e.target().prompt());
        }
        if (e.revision() != null) {
            attributes.put(PROTOCOL_VERSION, e.revision());
        }
    }

    /**
     * The conventions' rule: the context in {@code _meta} is the parent, and the ambient one (the HTTP request's
     * span) a link; without {@code _meta}, the ambient span, or the HTTP {@code traceparent} where the container
     * traces no servlet requests (WildFly).
     */
    private void parent(SpanBuilder span, Exchange e) {
        Span ambient = Span.current();
        JsonObject meta = Carriers.meta(e.params());
        Context fromMeta = meta == null ? null : propagator.extract(Context.root(), meta, Carriers.META);
        Context fromHeaders = e.traceparent() == null ? null
                : propagator.extract(Context.root(), e, Carriers.HEADERS);
        if (fromMeta != null && Span.fromContext(fromMeta).getSpanContext().isValid()) {
            span.setParent(fromMeta);
            if (ambient.getSpanContext().isValid()) {
                span.addLink(ambient.getSpanContext());
            } else if (fromHeaders != null && Span.fromContext(fromHeaders).getSpanContext().isValid()) {
                span.addLink(Span.fromContext(fromHeaders).getSpanContext());
            }
        } else if (ambient.getSpanContext().isValid()) {
            span.setParent(Context.current());
        } else if (fromHeaders != null) {
            span.setParent(fromHeaders);
        } else {
            span.setNoParent();
        }
    }

    /** {@code error.type}: the JSON-RPC code, {@code tool_error}, the refusal, or the HTTP status of a rejection. */
    private static String errorType(Exchange e) {
        if (e.decision() != Decision.ALLOWED) {
            return e.decision().label();
        }
        if (e.answer().errorCode() != null) {
            return e.answer().errorCode().toString();
        }
        if (e.answer().toolError()) {
            return Conventions.TOOL_ERROR;
        }
        return e.answer().status() >= 400 ? Integer.toString(e.answer().status()) : null;
    }

    @Override
    public void close() {
        sessions.close();
        streams.close();
    }
}
