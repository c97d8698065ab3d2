package dev.mcpee.sample.vetassist;

import dev.mcpee.api.Caller;
import dev.mcpee.api.ToolException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Turns the verified caller of the current tool call into the sample's {@link Access} rules. The extension
 * already refuses callers without the tools' scopes and roles; this checks again (defence in depth) and fails
 * closed: no verified caller, no data.
 */
@ApplicationScoped
public class CallerAccess {

    @Inject
    Instance<Caller> callers;

    /**
     * The access of the caller of the call in progress; call it on the request thread.
     *
     * @return the access
     * @throws ToolException when there is no verified caller or they have neither role
     */
    public Access current() {
        Caller caller = caller();
        if (caller == null) {
            throw new ToolException("This tool needs a signed-in caller; sign in and try again");
        }
        if (caller.hasRole(Access.STAFF_ROLE)) {
            return new Access(caller.subject(), true);
        }
        if (caller.hasRole(Access.OWNER_ROLE)) {
            return new Access(caller.subject(), false);
        }
        throw new ToolException("This tool is for pet owners (role " + Access.OWNER_ROLE + ") and clinic staff"
                + " (role " + Access.STAFF_ROLE + ")");
    }

    /**
     * The verified caller of the call in progress.
     *
     * @return the caller, or null when there is none (anonymous, or no Caller bean at all)
     */
    public Caller caller() {
        if (!callers.isResolvable()) {
            return null;
        }
        try {
            Caller caller = callers.get();
            String subject = caller.authenticated() ? caller.subject() : null;
            return subject == null || subject.isBlank() ? null : caller;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
