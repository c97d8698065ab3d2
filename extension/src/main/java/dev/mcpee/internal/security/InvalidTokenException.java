package dev.mcpee.internal.security;

/**
 * An access token was refused; the message is a short, client-safe {@code error_description} that never
 * quotes the token or its claims.
 */
public final class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param description the client-safe reason
     */
    public InvalidTokenException(String description) {
        super(description, null, false, false);
    }
}
