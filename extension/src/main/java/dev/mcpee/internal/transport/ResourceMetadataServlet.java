package dev.mcpee.internal.transport;

import java.io.IOException;

import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.security.McpSecurity;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the MCP endpoint's OAuth Protected Resource Metadata (RFC 9728) at
 * {@code <context root>/.well-known/oauth-protected-resource/<endpoint path>}, the URL every challenge
 * advertises: a public, cacheable document any origin may read. Other paths under it are 404. (The host-root
 * form, {@code /.well-known/oauth-protected-resource/<context>/<path>}, lies outside the WAR: see the README.)
 */
@WebServlet(name = "mcp-ee-metadata", urlPatterns = "/.well-known/oauth-protected-resource/*")
public class ResourceMetadataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "/.well-known/oauth-protected-resource";

    @Inject
    transient Deployment deployment;

    private transient byte[] document;
    private transient String path;

    @Override
    public void init() {
        McpSecurity security = deployment.security();
        JsonObject metadata = security.metadata();
        if (metadata != null) {
            document = Json.bytes(metadata);
            path = security.metadataPath(getServletContext().getContextPath()).substring(PREFIX.length());
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setStatus(405);
            response.setHeader("Allow", "GET, HEAD");
            write(response, Json.bytes(Json.object().add("error", "method_not_allowed").build()), request);
            return;
        }
        if (document == null || !path.equals(request.getPathInfo())) {
            response.setStatus(404);
            write(response, Json.bytes(Json.object().add("error", "not_found").build()), request);
            return;
        }
        // Browser-based clients (the MCP Inspector) read this cross-origin; it holds nothing secret.
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Cache-Control", "public, max-age=3600");
        write(response, document, request);
    }

    private static void write(HttpServletResponse response, byte[] body, HttpServletRequest request)
            throws IOException {
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
