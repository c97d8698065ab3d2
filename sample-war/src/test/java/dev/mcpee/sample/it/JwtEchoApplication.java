package dev.mcpee.sample.it;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** A test-only JAX-RS application of the WAR's own, secured by the container's MicroProfile JWT. */
@ApplicationPath("jwt-echo")
@LoginConfig(authMethod = "MP-JWT")
public class JwtEchoApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(JwtEchoResource.class);
    }
}
