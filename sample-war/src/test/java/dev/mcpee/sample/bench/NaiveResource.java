package dev.mcpee.sample.bench;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * An MCP echo written the naive JAX-RS way: the container's MicroProfile JWT checks the token, JSON-P entity
 * providers read and write {@code JsonObject}s, {@code Json.create...} per call. It answers initialize (with a
 * session id it does not keep), notifications and the echo tool, whatever the revision; nothing else.
 */
@Path("")
@RequestScoped
public class NaiveResource {

    @Inject
    JsonWebToken jwt;

    /**
     * One message.
     *
     * @param message the JSON-RPC message
     * @return the answer
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(JsonObject message) {
        if (jwt.getName() == null) {
            return Response.status(401).header("WWW-Authenticate", "Bearer").build();
        }
        if (!message.containsKey("id")) {
            return Response.accepted().build();
        }
        if ("initialize".equals(message.getString("method"))) {
            return Response.ok(Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", message.get("id"))
                    .add("result", Json.createObjectBuilder().add("protocolVersion", "2025-11-25")
                            .add("capabilities", Json.createObjectBuilder().add("tools", Json.createObjectBuilder()))
                            .add("serverInfo", Json.createObjectBuilder().add("name", "naive").add("version", "1")))
                    .build()).header("Mcp-Session-Id", UUID.randomUUID().toString()).build();
        }
        String text = message.getJsonObject("params").getJsonObject("arguments").getString("text");
        return Response.ok(Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", message.get("id"))
                .add("result", Json.createObjectBuilder().add("content", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "text").add("text", text))))
                .build()).build();
    }

    /** @return 204: there is no session to end */
    @DELETE
    public Response delete() {
        return Response.noContent().build();
    }
}
