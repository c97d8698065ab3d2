package dev.mcpee.sample.vetassist;

import java.security.Principal;

import dev.mcpee.api.McpTool;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Tells callers who the server thinks they are; never echoes a token. */
@Dependent
public class WhoAmITool {

    @Inject
    Instance<Principal> principal;

    /**
     * The caller's identity.
     *
     * @return the identity
     */
    @McpTool(name = "whoami", title = "Who am I", readOnlyHint = true, openWorldHint = false,
            description = "Returns the identity the server sees for the caller.")
    @PermitAll
    public Identity whoami() {
        Principal p = principal.isResolvable() ? principal.get() : null;
        String name = null;
        try {
            name = p == null ? null : p.getName();
        } catch (RuntimeException e) {
            // Some containers give a proxy that fails when no one is authenticated: treat as anonymous.
        }
        return new Identity(name != null, name);
    }
}
