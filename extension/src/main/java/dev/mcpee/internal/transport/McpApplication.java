package dev.mcpee.internal.transport;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JAX-RS application of the MCP endpoint, at {@code /mcp} under the WAR's context root. It lists its
 * classes explicitly so that it carries only the MCP endpoint, whatever else the WAR contains.
 *
 * <p>To serve the endpoint elsewhere, map this application's servlet in {@code web.xml} (standard Jakarta
 * REST behaviour; the mapping replaces {@code @ApplicationPath}):
 * <pre>{@code
 * <servlet-mapping>
 *   <servlet-name>dev.mcpee.internal.transport.McpApplication</servlet-name>
 *   <url-pattern>/ai/mcp/*</url-pattern>
 * </servlet-mapping>
 * }</pre>
 */
@ApplicationPath("mcp")
public class McpApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(McpEndpoint.class, UnexpectedFailureMapper.class);
    }
}
