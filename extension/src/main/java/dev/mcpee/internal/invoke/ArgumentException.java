package dev.mcpee.internal.invoke;

/**
 * An argument the client sent (or left out) cannot be bound; the message names the argument and becomes
 * a tool result with {@code isError: true}.
 */
public final class ArgumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message client-facing text naming the argument
     */
    public ArgumentException(String message) {
        super(message, null, false, false);
    }
}
