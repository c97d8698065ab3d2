package dev.mcpee.internal.transport;

import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.http.HttpReply;
import dev.mcpee.internal.http.StreamableHttp;
import dev.mcpee.internal.security.CurrentCaller;
import dev.mcpee.internal.security.McpSecurity;
import dev.mcpee.internal.session.SessionRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The MCP endpoint as a JAX-RS resource: it only translates between JAX-RS and {@link StreamableHttp}, which
 * decides every status, header and stream.
 */
@Path("")
@ApplicationScoped
public class McpEndpoint {

    @Inject
    Deployment deployment;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ServletContext servletContext;

    @Inject
    SessionRegistry registry;

    private StreamableHttp http;
    private long asyncTimeoutMillis;

    @PostConstruct
    void init() {
        McpSecurity security = deployment.security();
        String metadataUrl = security.metadata() == null ? null
                : security.metadataUrl(servletContext.getContextPath());
        // CurrentCaller is request scoped: the injected proxy sets the caller of the request in progress.
        http = new StreamableHttp(deployment, registry.store(), registry.listeners(), metadataUrl,
                currentCaller::set);
        // The tool timeout answers first; the container's own async timeout (often 30 s by default) must not.
        asyncTimeoutMillis = deployment.config().toolTimeout().toMillis() + 10_000;
    }

    /**
     * Receives one JSON-RPC message.
     *
     * @param headers the request's headers
     * @param body    the raw body
     * @param async   where the HTTP response goes, now or when an asynchronous tool completes
     */
    @POST
    public void post(@Context HttpHeaders headers, InputStream body, @Suspended AsyncResponse async) {
        CompletableFuture<HttpReply> reply = http.post(headers::getHeaderString, body).toCompletableFuture();
        if (reply.isDone()) {
            // Everything but asynchronous tools: answer on this thread, as a synchronous method would.
            async.resume(Replies.of(reply.join()));
            return;
        }
        // An asynchronous tool: the request thread goes back to the pool until the tool completes.
        async.setTimeout(asyncTimeoutMillis, TimeUnit.MILLISECONDS);
        reply.whenComplete((r, error) -> async.resume(error == null ? Replies.of(r) : error));
    }

    /**
     * Opens the session's server-to-client stream, or resumes one after {@code Last-Event-ID}.
     *
     * @param headers the request's headers
     * @return the event stream, or an error reply
     */
    @GET
    public Response get(@Context HttpHeaders headers) {
        return Replies.of(http.get(headers::getHeaderString));
    }

    /**
     * Ends a session.
     *
     * @param headers the request's headers
     * @return 204, or an error reply
     */
    @DELETE
    public Response delete(@Context HttpHeaders headers) {
        return Replies.of(http.delete(headers::getHeaderString));
    }
}
