package dev.mcpee.internal.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.observe.Decision;
import dev.mcpee.internal.observe.Exchange;
import dev.mcpee.internal.observe.Observer;
import jakarta.json.JsonObjectBuilder;

/**
 * The audit trail: one JSON line per decision on the logger {@value #LOGGER}, through the container's logging
 * (Liberty's messages.log, WildFly's server.log, or wherever their configuration sends that logger): every refusal,
 * and every allowed request too when configured ({@code mcp.audit.allowed}). A line says who (issuer, subject,
 * OAuth client), what (method, target), what was decided and how it ended; never the token, the arguments or the
 * result. Fields without a value are left out; the README lists them all.
 */
public final class AuditTrail implements Observer {

    /** The logger's name: configure the container's logging for it to route or silence the trail. */
    public static final String LOGGER = "dev.mcpee.audit";

    private static final Logger LOG = Logger.getLogger(LOGGER);

    private final Level level;
    private final boolean allowed;

    /**
     * Creates the trail.
     *
     * @param level   the lines' level
     * @param allowed whether requests allowed to run get a line too, not only refusals
     */
    public AuditTrail(Level level, boolean allowed) {
        this.level = level;
        this.allowed = allowed;
    }

    @Override
    public String label() {
        return "audit trail (" + LOGGER + ", " + level.getName() + ", " + (allowed ? "every request" : "refusals") + ")";
    }

    @Override
    public void end(Exchange e) {
        if ((allowed || e.decision() != Decision.ALLOWED) && LOG.isLoggable(level)) {
            LOG.log(level, line(e));
        }
    }

    /**
     * The line for an exchange.
     *
     * @param e the ended exchange
     * @return one JSON object, without line breaks
     */
    public static String line(Exchange e) {
        JsonObjectBuilder b = Json.object().add("time", e.start().toString()).add("http", e.httpMethod());
        put(b, "issuer", e.identity().issuer());
        put(b, "subject", e.identity().subject());
        put(b, "client_id", e.identity().clientId());
        put(b, "method", e.method());
        put(b, "target", e.target().name());
        put(b, "request_id", e.requestId());
        put(b, "revision", e.revision());
        put(b, "session", e.sessionId());
        b.add("decision", e.decision().label());
        put(b, "reason", e.reason());
        b.add("status", e.answer().status()).add("outcome", e.answer().outcome(e.decision()));
        if (e.answer().errorCode() != null) {
            b.add("error_code", e.answer().errorCode());
        }
        b.add("duration_ms", BigDecimal.valueOf(e.duration().toNanos(), 6).setScale(3, RoundingMode.HALF_UP));
        return b.build().toString();
    }

    /** Leaves out what has no value (what a caller chose freely is already cut to size by the exchange). */
    private static void put(JsonObjectBuilder b, String key, String value) {
        if (value != null && !value.isEmpty()) {
            b.add(key, value);
        }
    }
}
