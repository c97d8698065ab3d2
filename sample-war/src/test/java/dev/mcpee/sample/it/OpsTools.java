package dev.mcpee.sample.it;

import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The tools of the operations tests' WAR: one doing traced work of its own, one needing a scope. */
@ApplicationScoped
public class OpsTools {

    /** The span the tool makes itself, as a JPA or REST client call would. */
    static final String WORK_SPAN = "lookup-inventory";

    @Inject
    Tracer tracer;

    /**
     * Looks something up, in a span of its own.
     *
     * @param item what to look up
     * @return how many there are
     */
    @McpTool(description = "Counts an item in stock")
    public String stock(String item) {
        Span work = tracer.spanBuilder(WORK_SPAN).startSpan();
        try {
            return item + ": 3";
        } finally {
            work.end();
        }
    }

    /**
     * Needs a scope.
     *
     * @return done
     */
    @McpTool(description = "Empties the stock")
    @RequiresScope("ops:admin")
    public String clear() {
        return "cleared";
    }
}
