package dev.mcpee.internal.protocol;

import dev.mcpee.api.McpContext;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What a 2026-07-28 request says about itself in {@code params._meta}: its revision and the client's
 * capabilities (both required), and optionally who the client is and the log level it wants for this request.
 * Nothing is remembered between requests: a server must not infer capabilities from earlier ones.
 *
 * @param revision     {@code io.modelcontextprotocol/protocolVersion}
 * @param capabilities {@code io.modelcontextprotocol/clientCapabilities}
 * @param clientInfo   {@code io.modelcontextprotocol/clientInfo}, or null
 * @param logLevel     {@code io.modelcontextprotocol/logLevel}, or null: no log messages for this request
 */
public record RequestMeta(String revision, JsonObject capabilities, JsonObject clientInfo, McpContext.Level logLevel) {

    /** The revision key of {@code _meta}. */
    public static final String PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
    /** The client capabilities key of {@code _meta}. */
    public static final String CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
    /** The client identity key of {@code _meta}. */
    public static final String CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
    /** The per-request log level key of {@code _meta}. */
    public static final String LOG_LEVEL = "io.modelcontextprotocol/logLevel";
    /** The server identity key of a result's {@code _meta}. */
    public static final String SERVER_INFO = "io.modelcontextprotocol/serverInfo";

    /**
     * Whether params carry a revision in {@code _meta}: the mark of a 2026-07-28 request.
     *
     * @param params the request's params
     * @return true when {@code _meta} names a protocol version
     */
    public static boolean declaresRevision(JsonObject params) {
        return params.get("_meta") instanceof JsonObject meta && meta.containsKey(PROTOCOL_VERSION);
    }

    /**
     * Reads the fields of a request's {@code _meta}.
     *
     * @param params the request's params
     * @return the fields
     * @throws JsonRpcError {@code -32602} when {@code _meta}, the revision or the capabilities are missing or
     *                      of the wrong type, or the log level is not one of the levels
     */
    public static RequestMeta read(JsonObject params) {
        if (!(params.get("_meta") instanceof JsonObject meta)) {
            throw invalid("params._meta is missing: a 2026-07-28 request carries " + PROTOCOL_VERSION + " and "
                    + CLIENT_CAPABILITIES + " in it");
        }
        if (!(meta.get(PROTOCOL_VERSION) instanceof JsonString version)) {
            throw invalid("params._meta." + PROTOCOL_VERSION + " (a string) is missing");
        }
        if (!(meta.get(CLIENT_CAPABILITIES) instanceof JsonObject capabilities)) {
            throw invalid("params._meta." + CLIENT_CAPABILITIES + " (an object) is missing");
        }
        JsonValue info = meta.get(CLIENT_INFO);
        JsonValue level = meta.get(LOG_LEVEL);
        McpContext.Level parsed = null;
        if (level != null && level != JsonValue.NULL) {
            parsed = level instanceof JsonString s ? LogLevels.parse(s.getString()) : null;
            if (parsed == null) {
                throw invalid("params._meta." + LOG_LEVEL + " must be one of " + LogLevels.NAMES);
            }
        }
        return new RequestMeta(version.getString(), capabilities, info instanceof JsonObject o ? o : null, parsed);
    }

    private static JsonRpcError invalid(String message) {
        return new JsonRpcError(JsonRpcError.INVALID_PARAMS, message);
    }
}
