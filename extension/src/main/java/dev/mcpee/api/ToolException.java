package dev.mcpee.api;

/**
 * A failure a tool reports to its caller: the call ends with a result whose {@code isError} is
 * {@code true} and whose text is this exception's message, so the model can read it and correct itself.
 * The message is sent as it is: put nothing in it that the caller may not see. Any other exception is
 * answered with a generic message and logged on the server only.
 *
 * <pre>{@code
 * if (pet == null) throw new ToolException("No pet with id " + petId + "; call list_pets first");
 * }</pre>
 */
public class ToolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the text the caller receives
     */
    public ToolException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause, which is logged but never sent.
     *
     * @param message the text the caller receives
     * @param cause   the underlying problem
     */
    public ToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
