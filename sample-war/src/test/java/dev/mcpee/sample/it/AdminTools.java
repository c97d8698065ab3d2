package dev.mcpee.sample.it;

import dev.mcpee.api.McpTool;
import jakarta.annotation.security.DenyAll;
import jakarta.enterprise.context.ApplicationScoped;

/** A test-only tool nobody may call, deployed by the authorization tests. */
@ApplicationScoped
public class AdminTools {

    @McpTool(name = "purge_records", description = "Disabled")
    @DenyAll
    public String purge() {
        return "purged";
    }
}
