package dev.mcpee.internal.invoke;

import java.lang.reflect.Type;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * Gets the bean instance a tool runs on. A normal-scoped bean's client proxy is looked up once and reused
 * (the proxy finds the right contextual instance per call); a {@code @Dependent} bean gets a fresh instance
 * per call that {@link Handle#release()} destroys afterwards.
 */
public abstract sealed class BeanInstances permits BeanInstances.Proxied, BeanInstances.PerCall {

    /** One call's instance. */
    public interface Handle {
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
     * The strategy for a bean.
     *
     * @param bean        the bean
     * @param type        the bean type to look up (the tool method's declaring class)
     * @param beanManager the bean manager
     * @return the strategy
     */
    public static BeanInstances of(Bean<?> bean, Type type, BeanManager beanManager) {
        return bean.getScope() == Dependent.class ? new PerCall(bean, type, beanManager)
                : new Proxied(bean, type, beanManager);
    }

    /**
     * An instance for one call.
     *
     * @return the handle
     */
    public abstract Handle acquire();

    /** Normal scopes: the client proxy, looked up on first use (contexts are not active at deployment). */
    static final class Proxied extends BeanInstances implements Handle {
        private final Bean<?> bean;
        private final Type type;
        private final BeanManager beanManager;
        private volatile Object proxy;

        Proxied(Bean<?> bean, Type type, BeanManager beanManager) {
            this.bean = bean;
            this.type = type;
            this.beanManager = beanManager;
        }

        @Override
        public Handle acquire() {
            if (proxy == null) {
                // A benign race: two threads may look up the same proxy; either is fine.
                proxy = beanManager.getReference(bean, type, beanManager.createCreationalContext(bean));
            }
            return this;
        }

        @Override
        public Object instance() {
            return proxy;
        }

        @Override
        public void release() {
            // the container owns normal-scoped instances
        }
    }

    /** {@code @Dependent}: a new instance per call, destroyed with its dependents afterwards. */
    static final class PerCall extends BeanInstances {
        private final Bean<?> bean;
        private final Type type;
        private final BeanManager beanManager;

        PerCall(Bean<?> bean, Type type, BeanManager beanManager) {
            this.bean = bean;
            this.type = type;
            this.beanManager = beanManager;
        }

        @Override
        public Handle acquire() {
            CreationalContext<?> context = beanManager.createCreationalContext(bean);
            Object instance = beanManager.getReference(bean, type, context);
            return new Handle() {
                @Override
                public Object instance() {
                    return instance;
                }

                @Override
                public void release() {
                    context.release();
                }
            };
        }
    }
}
