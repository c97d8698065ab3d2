package dev.mcpee.internal.observe;

/**
 * Something that reports on the endpoint's exchanges: the audit trail, OpenTelemetry. Called on the request's
 * thread for {@link #begin} and {@link #enter}, and on whichever thread completes the request for {@link #end}.
 * An observer must not throw: what it reports is never worth a failed request ({@link Observers} logs and
 * swallows what one throws anyway).
 */
public interface Observer {

    /**
     * What this observer is, for the deployment summary.
     *
     * @return e.g. {@code audit trail (dev.mcpee.audit, INFO)}
     */
    String label();

    /**
     * An admitted request is about to run: everything about it is known but its outcome.
     *
     * @param exchange the exchange
     */
    default void begin(Exchange exchange) {
    }

    /**
     * The request's work is about to run on this thread (the tool's own spans should nest under it).
     *
     * @param exchange the exchange
     * @return closed when that work returns; {@link Exchange.Scope#NONE} when there is nothing to undo
     */
    default Exchange.Scope enter(Exchange exchange) {
        return Exchange.Scope.NONE;
    }

    /**
     * The exchange ended: answered, refused, or failed. Called once per exchange, begun or not.
     *
     * @param exchange the exchange, with its outcome
     */
    void end(Exchange exchange);
}
