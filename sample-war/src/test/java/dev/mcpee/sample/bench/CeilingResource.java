package dev.mcpee.sample.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The ceiling ({@link CeilingExchange}) behind JAX-RS, used exactly as mcp-ee's endpoint uses it (raw body
 * stream in, an {@code AsyncResponse} resumed at once or when the answer is ready, bytes out): the difference to
 * {@link CeilingServlet} is what the container's JAX-RS costs per call.
 */
@Path("")
@ApplicationScoped
public class CeilingResource {

    @Inject
    CeilingExchange exchange;

    /**
     * Answers one message.
     *
     * @param headers the headers
     * @param body    the body
     * @param async   where the answer goes
     * @throws IOException when the body cannot be read
     */
    @POST
    public void post(@Context HttpHeaders headers, InputStream body, @Suspended AsyncResponse async)
            throws IOException {
        CompletableFuture<CeilingExchange.Reply> reply = exchange.post(headers::getHeaderString,
                body.readNBytes(CeilingExchange.MAX_BODY + 1)).toCompletableFuture();
        if (reply.isDone()) {
            async.resume(response(reply.join()));
            return;
        }
        async.setTimeout(60, TimeUnit.SECONDS);
        reply.whenComplete((r, failure) -> async.resume(failure == null ? response(r) : failure));
    }

    /**
     * Ends a session.
     *
     * @param headers the headers
     * @return the answer
     */
    @DELETE
    public Response delete(@Context HttpHeaders headers) {
        return response(exchange.delete(headers::getHeaderString));
    }

    private static Response response(CeilingExchange.Reply reply) {
        Response.ResponseBuilder b = Response.status(reply.status());
        reply.headers().forEach(b::header);
        if (reply.first() != null) {
            b.type(reply.contentType()).entity((jakarta.ws.rs.core.StreamingOutput) out -> {
                out.write(reply.first());
                out.flush();
                out.write(reply.body());
            });
        } else if (reply.contentType() != null) {
            b.type(reply.contentType()).entity(reply.body());
        }
        return b.build();
    }
}
