package dev.mcpee.internal.invoke;

/**
 * Gets the bean instance a tool, prompt, resource or completion method runs on. How (a normal-scoped bean's
 * client proxy, or a fresh {@code @Dependent} instance per call) is the CDI layer's business
 * ({@code cdi.CdiInstances}); invocation only acquires and releases.
 */
public interface BeanInstances {

    /** One call's instance. */
    interface Handle {
        /**
         * The instance to call the method on.
         *
         * @return the instance
         */
        Object instance();

        /** Destroys what the call created; a no-op for normal-scoped beans. */
        void release();
    }

    /**
     * An instance for one call.
     *
     * @return the handle
     */
    Handle acquire();
}
