package dev.mcpee.internal.cdi;

import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.logging.Logger;

import dev.mcpee.internal.observe.Observer;
import dev.mcpee.internal.telemetry.McpTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * Finds the container's OpenTelemetry (the {@code OpenTelemetry} bean MicroProfile Telemetry must provide).
 * Called only after {@link #visible()} said the API is there: this class names OpenTelemetry types, so it must not
 * even be loaded where the container does not offer them (Liberty without {@code mpTelemetry}, or with
 * {@code mpTelemetry-2.0} and no {@code +third-party} API visibility; WildFly without its telemetry subsystem).
 */
final class TelemetryHookup {

    private static final Logger LOG = Logger.getLogger(TelemetryHookup.class.getName());
    private static final String API = "io.opentelemetry.api.OpenTelemetry";

    private TelemetryHookup() {
    }

    /**
     * Whether the OpenTelemetry API is visible to the application.
     *
     * @return true when it can be used
     */
    static boolean visible() {
        try {
            Class.forName(API, false, TelemetryHookup.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The telemetry observer, on the container's OpenTelemetry.
     *
     * @param beanManager     the bean manager
     * @param tracesArguments which tools' arguments go into spans
     * @param liveSessions    the live sessions
     * @param openStreams     the open streams
     * @return the observer, or empty when no OpenTelemetry bean is offered
     */
    static Optional<Observer> observer(BeanManager beanManager, Predicate<String> tracesArguments,
                                       IntSupplier liveSessions, IntSupplier openStreams) {
        Instance<OpenTelemetry> instance = beanManager.createInstance().select(OpenTelemetry.class);
        if (!instance.isResolvable()) {
            LOG.info("mcp-ee: the OpenTelemetry API is visible but no OpenTelemetry bean is offered (is"
                    + " MicroProfile Telemetry enabled?): no spans or metrics.");
            return Optional.empty();
        }
        return Optional.of(new McpTelemetry(instance.get(), McpTelemetry.class.getPackage()
                .getImplementationVersion(), tracesArguments, liveSessions, openStreams));
    }
}
