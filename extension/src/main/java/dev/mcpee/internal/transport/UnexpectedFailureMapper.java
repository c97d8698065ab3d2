package dev.mcpee.internal.transport;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.mcpee.internal.http.HttpReply;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Keeps container error pages and stack traces away from MCP clients: whatever escapes the endpoint
 * (a JAX-RS status such as 405, or a bug) is answered with a short JSON-RPC error body; internals are
 * logged with a reference the client can quote.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable t) {
        if (t instanceof WebApplicationException w && w.getResponse() != null
                && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            HttpReply reply = HttpReply.error(status, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                    known == null ? "Request refused" : known.getReasonPhrase());
            String allow = w.getResponse().getHeaderString("Allow");
            return Replies.of(allow == null ? reply : reply.with("Allow", allow));
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "MCP endpoint failure (reference " + reference + ")", t);
        return Replies.of(HttpReply.error(500, JsonValue.NULL, JsonRpcError.INTERNAL_ERROR,
                "Internal error (reference " + reference + ")"));
    }
}
