package dev.mcpee.api;

/**
 * The call in progress, for tools that report progress, log to the client or stop when cancelled. Declare a
 * parameter of this type on an {@link McpTool} method (it is not an argument and not in the input schema); the
 * extension passes the context of the current call.
 *
 * <pre>{@code
 * @McpTool(description = "Imports the clinic's records")
 * public String importRecords(McpContext call) {
 *     for (int i = 1; i <= 10 && !call.cancelled(); i++) {
 *         importBatch(i);
 *         call.progress(i, 10, "batch " + i + " of 10");
 *     }
 *     call.log(McpContext.Level.INFO, "import", "import finished");
 *     return "done";
 * }
 * }</pre>
 *
 * A tool that takes a context is answered as a server-sent event stream when the client accepts one, so
 * progress and log messages reach the client while the tool runs; otherwise they are dropped and the result
 * comes as plain JSON. Methods are safe to call from any thread during the call and do nothing afterwards.
 */
public interface McpContext {

    /** Log levels, as RFC 5424 syslog severities (the MCP logging levels). */
    enum Level {
        /** Detailed debugging information. */
        DEBUG,
        /** Normal operational messages. */
        INFO,
        /** Normal but significant events. */
        NOTICE,
        /** Warning conditions. */
        WARNING,
        /** Error conditions. */
        ERROR,
        /** Critical conditions. */
        CRITICAL,
        /** Action must be taken immediately. */
        ALERT,
        /** System is unusable. */
        EMERGENCY
    }

    /**
     * Reports progress, as {@code notifications/progress}, when the caller asked for it (its request carries a
     * progress token); otherwise does nothing. Values must increase: a value not above the last one is dropped.
     *
     * @param progress how far the work is
     * @param total    the value at completion, or null when unknown
     * @param message  a human-readable message, or null
     */
    void progress(double progress, Double total, String message);

    /**
     * Sends a log message to the client ({@code notifications/message}) when its level is at least the one the
     * client set with {@code logging/setLevel} (none set: every level is sent).
     *
     * @param level  the severity
     * @param logger the logger name, or null
     * @param data   the message: a string, or any value JSON-B can serialize
     */
    void log(Level level, String logger, Object data);

    /**
     * Whether the client cancelled the call ({@code notifications/cancelled}); the tool should stop. Its result
     * is not sent.
     *
     * @return true once cancelled
     */
    boolean cancelled();
}
