package dev.mcpee.internal.config;

import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;

import dev.mcpee.internal.problem.ConfigMessages;
import dev.mcpee.internal.problem.Problems;
import org.eclipse.microprofile.config.Config;

/**
 * What the endpoint reports to operators: the audit trail and OpenTelemetry.
 *
 * @param audit          {@code mcp.audit.enabled}: the audit trail, one JSON log line per decision (default true)
 * @param auditAllowed   {@code mcp.audit.allowed}: also a line for each request allowed to run, not only for the
 *                       refused ones (default false: a line per request costs the container's logging on every
 *                       call; see the README's Operations section for the figures)
 * @param auditLevel     {@code mcp.audit.level}: the lines' level on the logger {@code dev.mcpee.audit}
 *                       (default INFO)
 * @param telemetry      {@code mcp.telemetry.enabled}: spans and metrics through the container's OpenTelemetry,
 *                       where it provides one (default true)
 * @param tracedArguments {@code mcp.telemetry.tool-arguments}: the tools whose call arguments go into their spans
 *                        ({@code gen_ai.tool.call.arguments}); {@code *} for all; none by default, because
 *                        arguments can carry personal data
 */
public record OperationsSettings(boolean audit, boolean auditAllowed, Level auditLevel, boolean telemetry,
                                 Set<String> tracedArguments) {

    /** The key naming the tools whose arguments are traced. */
    public static final String TOOL_ARGUMENTS = "mcp.telemetry.tool-arguments";

    /** The defaults. */
    public static final OperationsSettings DEFAULTS = new OperationsSettings(true, false, Level.INFO, true,
            Set.of());

    /**
     * Reads the settings.
     *
     * @param config   the configuration
     * @param problems receives a bad value's problem
     * @return the settings, meaningful only when no problem was added
     */
    public static OperationsSettings read(Config config, Problems problems) {
        ConfigReader r = new ConfigReader(config, problems);
        String levelName = r.string("mcp.audit.level", "INFO");
        // The named levels a line can be written at (Level.parse would also take OFF, ALL and numbers).
        Level level = switch (levelName.toUpperCase(Locale.ROOT)) {
            case "SEVERE" -> Level.SEVERE;
            case "WARNING" -> Level.WARNING;
            case "INFO" -> Level.INFO;
            case "CONFIG" -> Level.CONFIG;
            case "FINE" -> Level.FINE;
            case "FINER" -> Level.FINER;
            case "FINEST" -> Level.FINEST;
            default -> {
                problems.add(ConfigMessages.notLogLevel("mcp.audit.level", levelName));
                yield Level.INFO;
            }
        };
        return new OperationsSettings(r.bool("mcp.audit.enabled", true), r.bool("mcp.audit.allowed", false), level,
                r.bool("mcp.telemetry.enabled", true), Set.copyOf(r.list(TOOL_ARGUMENTS)));
    }

    /**
     * Whether a tool's arguments go into its spans.
     *
     * @param tool the tool's name
     * @return whether they are recorded
     */
    public boolean tracesArguments(String tool) {
        return tracedArguments.contains("*") || tracedArguments.contains(tool);
    }
}
