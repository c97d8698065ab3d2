package dev.mcpee.internal.transport;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Serves the MCP endpoint's OAuth Protected Resource Metadata (RFC 9728) at
 * {@code <context root>/.well-known/oauth-protected-resource/<endpoint path>}, the URL every challenge
 * advertises. (The host-root form, {@code /.well-known/oauth-protected-resource/<context>/<path>}, lies
 * outside the WAR: see the README.)
 */
@ApplicationPath(".well-known/oauth-protected-resource")
public class WellKnownApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ResourceMetadataEndpoint.class, UnexpectedFailureMapper.class);
    }
}
