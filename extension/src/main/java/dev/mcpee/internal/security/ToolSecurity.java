package dev.mcpee.internal.security;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The effective access rule of one tool, computed once at deployment from {@code @RequiresScope},
 * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} (method annotations over class ones).
 *
 * @param denyAll      nobody may call the tool
 * @param rolesAllowed the caller needs at least one of these roles; empty means no role check
 * @param scopes       the caller's token needs every one of these scopes; empty means no scope check
 */
public record ToolSecurity(boolean denyAll, Set<String> rolesAllowed, Set<String> scopes) {

    /** Any authenticated caller. */
    public static final ToolSecurity PERMIT_ALL = new ToolSecurity(false, Set.of(), Set.of());

    /**
     * Copies the sets.
     *
     * @param denyAll      nobody may call the tool
     * @param rolesAllowed roles, one of which is needed
     * @param scopes       scopes, all of which are needed
     */
    public ToolSecurity {
        // Sorted, so that challenges list scopes in one stable order (clients compare challenge headers).
        rolesAllowed = Collections.unmodifiableSortedSet(new TreeSet<>(rolesAllowed));
        scopes = Collections.unmodifiableSortedSet(new TreeSet<>(scopes));
    }
}
