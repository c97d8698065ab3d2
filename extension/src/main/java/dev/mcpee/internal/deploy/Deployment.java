package dev.mcpee.internal.deploy;

import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.model.Catalogs;
import dev.mcpee.internal.observe.Observers;
import dev.mcpee.internal.security.McpSecurity;
import jakarta.json.bind.Jsonb;

/**
 * Everything one deployment serves, built once after validation (by the CDI extension, the only place that
 * builds it) and injected where it is needed, so that nothing looks the extension up at run time.
 *
 * @param config   the validated {@code mcp.*} configuration
 * @param catalogs the tools, prompts, resources and completions
 * @param security the resource-server security
 * @param jsonb    the deployment's JSON-B instance (closed at shutdown)
 * @param observers what reports on each request: the audit trail, telemetry (closed at shutdown)
 */
public record Deployment(McpConfig config, Catalogs catalogs, McpSecurity security, Jsonb jsonb, Observers observers) {
}
