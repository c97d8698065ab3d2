package dev.mcpee.internal.cdi;

import dev.mcpee.internal.invoke.BeanInstances;

import java.lang.reflect.Type;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * The CDI side of {@link BeanInstances}. A normal-scoped bean's client proxy is looked up once and reused
 * (the proxy finds the right contextual instance per call); a {@code @Dependent} bean gets a fresh instance
 * per call that {@link BeanInstances.Handle#release()} destroys afterwards.
 */
final class CdiInstances {

    private CdiInstances() {
    }

    /**
     * The strategy for a bean.
     *
     * @param bean        the bean
     * @param type        the bean type to look up (the tool method's declaring class)
     * @param beanManager the bean manager
     * @return the strategy
     */
    static BeanInstances of(Bean<?> bean, Type type, BeanManager beanManager) {
        return bean.getScope() == Dependent.class ? new PerCall(bean, type, beanManager)
                : new Proxied(bean, type, beanManager);
    }

    /** Normal scopes: the client proxy, looked up on first use (contexts are not active at deployment). */
    static final class Proxied implements BeanInstances, BeanInstances.Handle {
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
    static final class PerCall implements BeanInstances {
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
