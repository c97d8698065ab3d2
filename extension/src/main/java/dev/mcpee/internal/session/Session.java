package dev.mcpee.internal.session;

/**
 * One MCP session (Streamable HTTP, revisions 2025-06-18 and 2025-11-25): created by {@code initialize},
 * named by an unguessable id, ended by DELETE or by staying idle too long.
 */
public final class Session {

    private final String id;
    private final String protocolVersion;
    private volatile long lastAccessNanos;
    private volatile boolean initialized;

    /**
     * Creates the session.
     *
     * @param id              the session id sent in {@code Mcp-Session-Id}
     * @param protocolVersion the negotiated protocol revision
     * @param nowNanos        the creation time, from the store's clock
     */
    public Session(String id, String protocolVersion, long nowNanos) {
        this.id = id;
        this.protocolVersion = protocolVersion;
        this.lastAccessNanos = nowNanos;
    }

    /**
     * The id.
     *
     * @return the session id
     */
    public String id() {
        return id;
    }

    /**
     * The negotiated protocol revision.
     *
     * @return the revision, such as {@code 2025-11-25}
     */
    public String protocolVersion() {
        return protocolVersion;
    }

    /**
     * Whether the client sent {@code notifications/initialized}.
     *
     * @return true once initialized
     */
    public boolean initialized() {
        return initialized;
    }

    /** Records {@code notifications/initialized}. */
    public void markInitialized() {
        initialized = true;
    }

    long lastAccessNanos() {
        return lastAccessNanos;
    }

    void touch(long nowNanos) {
        lastAccessNanos = nowNanos;
    }
}
