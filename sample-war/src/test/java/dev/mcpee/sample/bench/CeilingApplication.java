package dev.mcpee.sample.bench;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application of {@link CeilingResource}, at {@code /ceiling-jaxrs}. */
@ApplicationPath("ceiling-jaxrs")
public class CeilingApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(CeilingResource.class);
    }
}
