package dev.mcpee.internal.session;

/** The store holds as many live sessions as {@code mcp.session.max} allows. */
public final class SessionLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param max the configured maximum
     */
    public SessionLimitException(int max) {
        super("The server holds its maximum of " + max + " MCP sessions", null, false, false);
    }
}
