package dev.mcpee.sample.orgadmin.management;

import dev.mcpee.api.ToolException;

/**
 * A call to the organization that failed in a way the caller should read: the message says what failed and
 * what to do (which Management API scope the server's M2M application lacks, which setting is wrong). A
 * {@link ToolException}, so the tool's result is an error with this message, never a stack trace.
 */
public class OrganizationException extends ToolException {
    private static final long serialVersionUID = 1L;

    /**
     * An error for the caller.
     *
     * @param message what failed and the fix
     */
    public OrganizationException(String message) {
        super(message);
    }
}
