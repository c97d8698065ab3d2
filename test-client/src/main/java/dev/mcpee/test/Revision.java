package dev.mcpee.test;

/**
 * The MCP revision a {@link McpTestClient} speaks. The 2025 revisions open a session ({@code initialize},
 * {@code Mcp-Session-Id}, {@code DELETE} at the end); 2026-07-28 has no session: every request carries the
 * revision in its {@code MCP-Protocol-Version} header and in {@code params._meta}.
 */
public enum Revision {

    /** 2025-06-18, with a session. */
    V2025_06_18("2025-06-18", false),
    /** 2025-11-25, with a session. */
    V2025_11_25("2025-11-25", false),
    /** 2026-07-28: stateless requests, each describing itself. */
    V2026_07_28("2026-07-28", true);

    private final String version;
    private final boolean stateless;

    Revision(String version, boolean stateless) {
        this.version = version;
        this.stateless = stateless;
    }

    /**
     * The revision as the protocol writes it, e.g. {@code 2025-11-25}.
     *
     * @return the version string
     */
    public String version() {
        return version;
    }

    /**
     * Whether requests stand alone (no {@code initialize}, no session).
     *
     * @return true for 2026-07-28
     */
    public boolean stateless() {
        return stateless;
    }

    @Override
    public String toString() {
        return version;
    }
}
