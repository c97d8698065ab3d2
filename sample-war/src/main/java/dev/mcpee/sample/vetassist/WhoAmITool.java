package dev.mcpee.sample.vetassist;

import java.util.Collection;
import java.util.List;

import dev.mcpee.api.Caller;
import dev.mcpee.api.McpTool;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Tells callers who the server thinks they are; never echoes a token. */
@Dependent
public class WhoAmITool {

    private static final Identity ANONYMOUS = new Identity(null, null, null, null, List.of(), List.of());

    @Inject
    CallerAccess callerAccess;

    /**
     * The caller's identity.
     *
     * @return the identity claims of the caller's token
     */
    @McpTool(name = "whoami", title = "Who am I", readOnlyHint = true, openWorldHint = false,
            description = "Returns the identity the server sees for the caller.")
    @PermitAll
    public Identity whoami() {
        Caller caller = callerAccess.caller();
        if (caller == null) {
            return ANONYMOUS;
        }
        return new Identity(caller.subject(),
                caller.claim("username").or(() -> caller.claim("preferred_username")).orElse(null),
                caller.claim("name").orElse(null), caller.claim("email").orElse(null), sorted(caller.scopes()),
                sorted(caller.roles()));
    }

    private static List<String> sorted(Collection<String> values) {
        return values == null ? List.of() : values.stream().sorted().toList();
    }
}
