package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.mcpee.api.McpResource;
import dev.mcpee.internal.cdi.WeldDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

/** An {@code @McpResource(cacheTtl = ...)} that is not a duration fails the deployment by name. */
class InvalidCacheTtlTest {

    @ApplicationScoped
    public static class Resources {
        @McpResource(uri = "test://rates", cacheTtl = "an hour")
        public String rates() {
            return "";
        }
    }

    @Test
    void namesTheMethodAndTheValue() {
        assertEquals(List.of("MCPEE034: @McpResource method " + Resources.class.getName() + "#rates() has cacheTtl"
                + " \"an hour\", which is not an ISO-8601 duration of zero or more. Fix: write it as PT1H, PT30S or"
                + " PT0S, or remove it to use mcp.cache.ttl."), WeldDeployment.problems(Resources.class));
    }
}
