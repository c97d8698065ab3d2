package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

class ConflictingSecurityAnnotationsTest {

    @ApplicationScoped
    public static class Tools {
        @McpTool
        @PermitAll
        @RolesAllowed("vet_staff")
        public String both() {
            return "";
        }

        @McpTool
        @DenyAll
        @RequiresScope("pet-profile:read")
        public String denied() {
            return "";
        }

        @McpTool
        @RequiresScope("has space")
        public String badScope() {
            return "";
        }
    }

    @Test
    void reportsEachConflictWithTheFix() {
        String cls = Tools.class.getName();
        List<String> problems = WeldDeployment.problems(Tools.class);
        assertEquals(List.of(
                "MCPEE010: The method " + cls + "#both() carries @PermitAll and @RolesAllowed, which contradict"
                        + " each other. Fix: keep exactly one of them.",
                "MCPEE011: The method " + cls + "#denied() carries @RequiresScope together with @DenyAll. Fix:"
                        + " remove one; @RequiresScope already admits every caller holding the scopes.",
                "MCPEE013: The method " + cls + "#badScope() has @RequiresScope with no scope or an invalid scope"
                        + " (RFC 6749 scopes are printable ASCII without spaces, quotes or backslashes). Fix: list"
                        + " valid scope names."),
                problems.stream().sorted((a, b) -> Integer.compare(order(a), order(b))).toList());
    }

    private static int order(String p) {
        return p.contains("#both") ? 0 : p.contains("#denied") ? 1 : 2;
    }
}
