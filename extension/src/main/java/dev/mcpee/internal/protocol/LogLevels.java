package dev.mcpee.internal.protocol;

import java.util.Locale;

import dev.mcpee.api.McpContext;

/** The MCP log levels by their wire names ({@code debug} ... {@code emergency}). */
final class LogLevels {

    /** The wire names, least severe first, for error messages. */
    static final String NAMES = "debug, info, notice, warning, error, critical, alert, emergency";

    private LogLevels() {
    }

    /**
     * The level of a wire name.
     *
     * @param name the name, any case
     * @return the level, or null when it is none
     */
    static McpContext.Level parse(String name) {
        for (McpContext.Level l : McpContext.Level.values()) {
            if (l.name().equals(name.toUpperCase(Locale.ROOT))) {
                return l;
            }
        }
        return null;
    }
}
