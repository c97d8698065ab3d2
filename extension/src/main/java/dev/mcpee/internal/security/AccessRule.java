package dev.mcpee.internal.security;

import java.util.Set;

import dev.mcpee.api.Caller;

/**
 * Whether a caller may call a tool: a plain function of the caller's verified claims and the tool's rule,
 * so it can be tested without a container.
 */
public final class AccessRule {

    private AccessRule() {
    }

    /** The outcome. */
    public sealed interface Decision permits Allow, Unauthenticated, InsufficientScope, Refused {
    }

    /** The call may proceed. */
    public record Allow() implements Decision {
    }

    /**
     * No verified identity, and the tool needs one: 401 with a challenge for these scopes.
     *
     * @param scopes the scopes to ask for
     */
    public record Unauthenticated(Set<String> scopes) implements Decision {
    }

    /**
     * The token lacks scopes: 403 {@code insufficient_scope}.
     *
     * @param scopes every scope the call needs, granted ones included (clients replace, not add)
     */
    public record InsufficientScope(Set<String> scopes) implements Decision {
    }

    /**
     * Refused for a reason a new token cannot fix (a missing role, {@code @DenyAll}): 403 without a scope
     * challenge, so clients do not loop re-authorizing.
     *
     * @param reason a short client-facing reason
     */
    public record Refused(String reason) implements Decision {
    }

    /** The decision to let a request through. */
    public static final Decision ALLOW = new Allow();

    /**
     * Decides.
     *
     * @param rule   the tool's rule
     * @param caller the caller (possibly anonymous)
     * @return the decision
     */
    public static Decision decide(ToolSecurity rule, Caller caller) {
        if (rule.denyAll()) {
            return new Refused("This tool is not available to any caller");
        }
        boolean open = rule.scopes().isEmpty() && rule.rolesAllowed().isEmpty();
        if (!caller.authenticated()) {
            return open ? ALLOW : new Unauthenticated(rule.scopes());
        }
        if (!caller.scopes().containsAll(rule.scopes())) {
            return new InsufficientScope(rule.scopes());
        }
        if (!rule.rolesAllowed().isEmpty() && rule.rolesAllowed().stream().noneMatch(caller.roles()::contains)) {
            return new Refused("The caller lacks a role this tool requires");
        }
        return ALLOW;
    }

    /**
     * Whether {@code tools/list} shows the tool to the caller: exactly when the call would be allowed.
     *
     * @param rule   the tool's rule
     * @param caller the caller
     * @return true when visible
     */
    public static boolean visible(ToolSecurity rule, Caller caller) {
        return decide(rule, caller) instanceof Allow;
    }

    /**
     * Whether the caller may call the tool now or could with a token carrying more scopes: what a
     * {@code reachable} list shows. A missing role or {@code @DenyAll} hides it (a new token's scopes cannot
     * change that); so does a role requirement for an anonymous caller, whose roles are unknown.
     *
     * @param rule   the tool's rule
     * @param caller the caller
     * @return true when listed
     */
    public static boolean reachable(ToolSecurity rule, Caller caller) {
        if (rule.denyAll()) {
            return false;
        }
        return rule.rolesAllowed().isEmpty()
                || caller.authenticated() && rule.rolesAllowed().stream().anyMatch(caller.roles()::contains);
    }
}
