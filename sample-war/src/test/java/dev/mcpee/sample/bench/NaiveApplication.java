package dev.mcpee.sample.bench;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * WildFly's naive JAX-RS stack, for the benchmark's comparison ({@link NaiveResource}): a JAX-RS application
 * secured by the container's MicroProfile JWT, in a WAR of its own (on WildFly MP-JWT in a WAR answers for every
 * endpoint in it).
 */
@ApplicationPath("mcp")
@LoginConfig(authMethod = "MP-JWT")
public class NaiveApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(NaiveResource.class);
    }
}
