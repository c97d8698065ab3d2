package dev.mcpee.internal.cdi;

import dev.mcpee.internal.security.ToolSecurity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.mcpee.api.RequiresScope;
import dev.mcpee.internal.problem.Messages;
import dev.mcpee.internal.problem.Problems;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.Annotated;

/**
 * Derives a tool's {@link ToolSecurity} from its annotations, the way Jakarta Security resolves method
 * over class: a method's role annotation ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll})
 * replaces the class's, a method's {@code @RequiresScope} replaces the class's, and a method's
 * {@code @PermitAll} also lifts a class-level scope requirement.
 */
public final class SecurityAnnotations {

    private SecurityAnnotations() {
    }

    /**
     * Resolves the rule, or reports conflicts.
     *
     * @param method   the tool method's annotations
     * @param type     the bean class's annotations
     * @param where    the tool method, for messages ("com.example.PetTools#rename")
     * @param problems receives a problem per conflict
     * @return the rule (meaningless when problems were added)
     */
    public static ToolSecurity resolve(Annotated method, Annotated type, String where, Problems problems) {
        int before = problems.size();
        check(method, "method " + where, problems);
        check(type, "class of " + where, problems);
        if (problems.size() > before) {
            return ToolSecurity.PERMIT_ALL;
        }
        boolean methodRoleRule = hasRoleRule(method);
        Annotated roleSource = methodRoleRule ? method : type;
        boolean denyAll = roleSource.isAnnotationPresent(DenyAll.class);
        Set<String> roles = new LinkedHashSet<>();
        RolesAllowed rolesAllowed = roleSource.getAnnotation(RolesAllowed.class);
        if (rolesAllowed != null) {
            roles.addAll(Arrays.asList(rolesAllowed.value()));
        }
        RequiresScope scope = method.getAnnotation(RequiresScope.class);
        if (scope == null && !method.isAnnotationPresent(PermitAll.class)) {
            scope = type.getAnnotation(RequiresScope.class);
        }
        Set<String> scopes = new LinkedHashSet<>();
        if (scope != null) {
            scopes.addAll(Arrays.asList(scope.value()));
        }
        return new ToolSecurity(denyAll, roles, scopes);
    }

    private static boolean hasRoleRule(Annotated a) {
        return a.isAnnotationPresent(DenyAll.class) || a.isAnnotationPresent(PermitAll.class)
                || a.isAnnotationPresent(RolesAllowed.class);
    }

    private static void check(Annotated a, String what, Problems problems) {
        List<String> present = new ArrayList<>();
        if (a.isAnnotationPresent(DenyAll.class)) {
            present.add("@DenyAll");
        }
        if (a.isAnnotationPresent(PermitAll.class)) {
            present.add("@PermitAll");
        }
        if (a.isAnnotationPresent(RolesAllowed.class)) {
            present.add("@RolesAllowed");
        }
        RequiresScope scope = a.getAnnotation(RequiresScope.class);
        if (present.size() > 1) {
            problems.add(Messages.contradictingRoleAnnotations(what, present));
        }
        if (scope != null && (present.contains("@DenyAll") || present.contains("@PermitAll"))) {
            problems.add(Messages.scopeWithRoleRule(what, present.contains("@DenyAll") ? "@DenyAll" : "@PermitAll"));
        }
        RolesAllowed roles = a.getAnnotation(RolesAllowed.class);
        if (roles != null && (roles.value().length == 0 || Arrays.stream(roles.value()).anyMatch(String::isBlank))) {
            problems.add(Messages.blankRole(what));
        }
        if (scope != null && (scope.value().length == 0 || Arrays.stream(scope.value()).anyMatch(
                s -> s.isBlank() || s.chars().anyMatch(c -> c <= 0x20 || c == '"' || c == '\\' || c > 0x7e)))) {
            problems.add(Messages.invalidScope(what));
        }
    }
}
