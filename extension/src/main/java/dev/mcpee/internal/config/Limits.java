package dev.mcpee.internal.config;

/**
 * What one caller can make the server hold, each with its key ({@code README}, Configuration reference). Every
 * limit answers clearly when reached; none is a silent drop.
 *
 * @param maxJsonDepth          {@code mcp.http.max-json-depth}: arrays and objects nested deeper get 400 (parse
 *                              error) before the body is parsed
 * @param maxResultChars        {@code mcp.tools.max-result-chars}: a tool result whose text, Base64 data and
 *                              structured content hold more characters is replaced by an error result naming
 *                              the limit
 * @param maxCallsPerSession    {@code mcp.session.max-concurrent-calls}: requests of one 2025 session running at
 *                              once; more get 429 with {@code Retry-After}
 * @param maxCallsPerCaller     {@code mcp.caller.max-concurrent-calls}: requests of one caller (issuer and
 *                              subject) running at once over all its sessions and stateless requests; more get 429
 * @param maxPendingRequests    {@code mcp.session.max-pending-requests}: requests to the client (sampling,
 *                              elicitation, roots) of one session waiting for answers; beyond it the tool's request
 *                              fails at once
 * @param maxSubscriptions      {@code mcp.session.max-subscriptions}: resources one session subscribes to
 */
public record Limits(int maxJsonDepth, int maxResultChars, int maxCallsPerSession, int maxCallsPerCaller,
                     int maxPendingRequests, int maxSubscriptions) {

    /** The defaults, for tests that build configuration by hand. */
    public static final Limits DEFAULTS = new Limits(64, 4 * 1024 * 1024, 16, 64, 16, 100);

    /**
     * Reads the limits.
     *
     * @param r the reader, which reports bad values
     * @return the limits
     */
    static Limits read(ConfigReader r) {
        return new Limits(r.positiveInt("mcp.http.max-json-depth", DEFAULTS.maxJsonDepth),
                r.positiveInt("mcp.tools.max-result-chars", DEFAULTS.maxResultChars),
                r.positiveInt("mcp.session.max-concurrent-calls", DEFAULTS.maxCallsPerSession),
                r.positiveInt("mcp.caller.max-concurrent-calls", DEFAULTS.maxCallsPerCaller),
                r.positiveInt("mcp.session.max-pending-requests", DEFAULTS.maxPendingRequests),
                r.positiveInt("mcp.session.max-subscriptions", DEFAULTS.maxSubscriptions));
    }
}
