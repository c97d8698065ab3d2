package dev.mcpee.internal.jsonrpc;

/**
 * A JSON-RPC error to send back, with one of the codes the specification defines. Its message goes to the
 * client as written: never put exception text or internals in it.
 */
public final class JsonRpcError extends RuntimeException {

    /** Invalid JSON was received. */
    public static final int PARSE_ERROR = -32700;
    /** The JSON sent is not a valid request object. */
    public static final int INVALID_REQUEST = -32600;
    /** The method does not exist or is not available. */
    public static final int METHOD_NOT_FOUND = -32601;
    /** Invalid method parameters (MCP: also an unknown tool). */
    public static final int INVALID_PARAMS = -32602;
    /** Internal error. */
    public static final int INTERNAL_ERROR = -32603;
    /** MCP 2026-07-28: an HTTP header is missing, malformed or does not match the body. */
    public static final int HEADER_MISMATCH = -32020;
    /** MCP 2026-07-28: the request needs a client capability it did not declare. */
    public static final int MISSING_CLIENT_CAPABILITY = -32021;
    /** MCP 2026-07-28: the request's protocol revision is not one the server speaks. */
    public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

    private static final long serialVersionUID = 1L;

    private final int code;
    private final transient jakarta.json.JsonObject data;

    /**
     * Creates the error.
     *
     * @param code    the JSON-RPC error code
     * @param message the client-facing message
     */
    public JsonRpcError(int code, String message) {
        this(code, message, null);
    }

    /**
     * Creates the error with structured details.
     *
     * @param code    the JSON-RPC error code
     * @param message the client-facing message
     * @param data    the error's {@code data}, or null
     */
    public JsonRpcError(int code, String message, jakarta.json.JsonObject data) {
        super(message, null, false, false);
        this.code = code;
        this.data = data;
    }

    /**
     * The error's {@code data}.
     *
     * @return the details, or null
     */
    public jakarta.json.JsonObject data() {
        return data;
    }

    /**
     * The JSON-RPC error code.
     *
     * @return the code
     */
    public int code() {
        return code;
    }
}
