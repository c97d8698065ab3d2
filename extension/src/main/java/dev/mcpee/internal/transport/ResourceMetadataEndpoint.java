package dev.mcpee.internal.transport;

import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.security.McpSecurity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The protected resource metadata document; a public, cacheable document any origin may read. */
@Path("{path: .*}")
@ApplicationScoped
public class ResourceMetadataEndpoint {

    @Inject
    Deployment deployment;

    @Inject
    ServletContext servletContext;

    /**
     * The metadata, for the MCP endpoint's path only.
     *
     * @param path the path after {@code /.well-known/oauth-protected-resource/}
     * @return 200 with the metadata, or 404
     */
    @GET
    public Response metadata(@PathParam("path") String path) {
        McpSecurity security = deployment.security();
        JsonObject metadata = security.metadata();
        String expected = security.metadataPath(servletContext.getContextPath())
                .substring("/.well-known/oauth-protected-resource/".length());
        if (metadata == null || !expected.equals(path)) {
            return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.bytes(Json.object().add("error", "not_found").build())).build();
        }
        // Browser-based clients (the MCP Inspector) read this cross-origin; it holds nothing secret.
        return Response.ok(Json.bytes(metadata), MediaType.APPLICATION_JSON_TYPE).header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "public, max-age=3600").build();
    }
}
