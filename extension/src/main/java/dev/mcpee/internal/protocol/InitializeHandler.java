package dev.mcpee.internal.protocol;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * {@code initialize}: negotiates the revision and describes the server. It runs before a session exists;
 * the transport creates the session with the negotiated revision.
 */
public final class InitializeHandler {

    private final ServerDescription server;

    /**
     * Creates the handler.
     *
     * @param server who the server is and what it can do
     */
    InitializeHandler(ServerDescription server) {
        this.server = server;
    }

    /**
     * The revision to use for a request.
     *
     * @param params the {@code initialize} params
     * @return the negotiated revision
     * @throws JsonRpcError {@link JsonRpcError#INVALID_PARAMS} when {@code protocolVersion} is missing
     */
    public String negotiate(JsonObject params) {
        JsonValue requested = params.get("protocolVersion");
        if (!(requested instanceof JsonString s)) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "initialize needs params.protocolVersion (a string)");
        }
        return ProtocolVersions.negotiate(s.getString());
    }

    /**
     * What the client declared it can do.
     *
     * @param params the {@code initialize} params
     * @return its {@code capabilities}, or null when absent or not an object
     */
    public static JsonObject clientCapabilities(JsonObject params) {
        JsonValue capabilities = params.get("capabilities");
        return capabilities instanceof JsonObject o ? o : null;
    }

    /**
     * The {@code initialize} result.
     *
     * @param version the negotiated revision
     * @return the result object
     */
    public JsonObject result(String version) {
        JsonObjectBuilder result = Json.object()
                .add("protocolVersion", version)
                .add("capabilities", server.capabilities(false))
                .add("serverInfo", server.serverInfo());
        if (server.instructions() != null) {
            result.add("instructions", server.instructions());
        }
        return result.build();
    }
}
