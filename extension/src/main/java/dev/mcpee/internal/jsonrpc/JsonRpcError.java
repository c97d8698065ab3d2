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

    private static final long serialVersionUID = 1L;

    private final int code;

    /**
     * Creates the error.
     *
     * @param code    the JSON-RPC error code
     * @param message the client-facing message
     */
    public JsonRpcError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
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
