package dev.mcpee.internal.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The deployment's observers (audit trail, telemetry) behind one object: the transport opens an
 * {@link Exchange} per request through it, and counts open streams here for the gauges. An observer that throws
 * is logged and otherwise ignored, so reporting can never fail a request.
 */
public final class Observers {

    private static final Logger LOG = Logger.getLogger(Observers.class.getName());

    private final List<Observer> all = new ArrayList<>();
    private final AtomicInteger openStreams = new AtomicInteger();

    /**
     * Creates the composite.
     *
     * @param observers the observers, in the order they are told
     */
    public Observers(List<Observer> observers) {
        all.addAll(observers);
    }

    /**
     * Adds an observer while the deployment is built (never afterwards: the list is read without locks).
     *
     * @param observer the observer, told after those added before it
     * @return this
     */
    public Observers add(Observer observer) {
        all.add(observer);
        return this;
    }

    /**
     * A request arrived.
     *
     * @param httpMethod its HTTP method
     * @param headers    its headers by name (for the trace context)
     * @return its exchange, to fill in and end
     */
    public Exchange exchange(String httpMethod, Function<String, String> headers) {
        return new Exchange(this, httpMethod, headers.apply("traceparent"), headers.apply("tracestate"));
    }

    /**
     * What observes, for the deployment summary.
     *
     * @return the observers' labels
     */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        all.forEach(o -> labels.add(o.label()));
        return labels;
    }

    /** A server-to-client stream started being written (a GET stream, a call's or a listen stream). */
    public void streamOpened() {
        openStreams.incrementAndGet();
    }

    /** A stream ended. */
    public void streamClosed() {
        openStreams.decrementAndGet();
    }

    /**
     * The streams open now on this instance.
     *
     * @return their number
     */
    public int openStreams() {
        return openStreams.get();
    }

    void begin(Exchange exchange) {
        each(o -> o.begin(exchange));
    }

    Exchange.Scope enter(Exchange exchange) {
        List<Exchange.Scope> scopes = new ArrayList<>(2);
        each(o -> {
            Exchange.Scope scope = o.enter(exchange);
            if (scope != Exchange.Scope.NONE) {
                scopes.add(scope);
            }
        });
        if (scopes.isEmpty()) {
            return Exchange.Scope.NONE;
        }
        return () -> {
            for (int i = scopes.size() - 1; i >= 0; i--) {
                scopes.get(i).close();
            }
        };
    }

    void end(Exchange exchange) {
        each(o -> o.end(exchange));
    }

    /** Tells every observer, in order; one that throws is logged and the others are still told. */
    private void each(Consumer<Observer> told) {
        for (Observer o : all) {
            try {
                told.accept(o);
            } catch (RuntimeException e) {
                failed(o, e);
            }
        }
    }

    /** The application stops: observers holding container resources (metric callbacks) let go of them. */
    public void close() {
        for (Observer o : all) {
            if (o instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.log(Level.FINE, "mcp-ee: closing an observer failed", e);
                }
            }
        }
    }

    private static void failed(Observer observer, RuntimeException e) {
        LOG.log(Level.WARNING, "mcp-ee: the observer " + observer.getClass().getSimpleName() + " failed", e);
    }
}
