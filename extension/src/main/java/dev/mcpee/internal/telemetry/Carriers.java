package dev.mcpee.internal.telemetry;

import java.util.ArrayList;
import java.util.List;

import dev.mcpee.internal.observe.Exchange;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * Where a request's trace context comes from: the {@code _meta} of its params (the MCP semantic conventions:
 * {@code traceparent} and {@code tracestate} as unprefixed keys, read by the container's propagators) and its
 * HTTP headers. Only the span context is used: baggage is not made current.
 */
final class Carriers {

    /** Reads {@code params._meta}. */
    static final TextMapGetter<JsonObject> META = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(JsonObject meta) {
            return meta.keySet();
        }

        @Override
        public String get(JsonObject meta, String key) {
            return meta != null && meta.get(key) instanceof JsonString s ? s.getString() : null;
        }
    };

    /** Reads the HTTP {@code traceparent} and {@code tracestate} headers the exchange kept. */
    static final TextMapGetter<Exchange> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Exchange exchange) {
            List<String> keys = new ArrayList<>(2);
            if (exchange.traceparent() != null) {
                keys.add("traceparent");
            }
            if (exchange.tracestate() != null) {
                keys.add("tracestate");
            }
            return keys;
        }

        @Override
        public String get(Exchange exchange, String key) {
            if (exchange == null) {
                return null;
            }
            return switch (key) {
                case "traceparent" -> exchange.traceparent();
                case "tracestate" -> exchange.tracestate();
                default -> null;
            };
        }
    };

    private Carriers() {
    }

    /**
     * The {@code _meta} of a request's params, when it carries a trace context.
     *
     * @param params the params
     * @return the meta object, or null
     */
    static JsonObject meta(JsonObject params) {
        return params.get("_meta") instanceof JsonObject meta && meta.get("traceparent") instanceof JsonString
                ? meta : null;
    }
}
