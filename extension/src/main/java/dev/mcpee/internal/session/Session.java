package dev.mcpee.internal.session;

/**
 * One MCP session (Streamable HTTP, revisions 2025-06-18 and 2025-11-25): created by {@code initialize},
 * named by an unguessable id, ended by DELETE or by staying idle too long.
 */
public final class Session {

    private final String id;
    private final String protocolVersion;
    private final String owner;
    private volatile long lastAccessNanos;
    private volatile boolean initialized;

    /**
     * Creates the session.
     *
     * @param id              the session id sent in {@code Mcp-Session-Id}
     * @param protocolVersion the negotiated protocol revision
     * @param owner           who created it (issuer and subject of the token), "" when anonymous
     * @param nowNanos        the creation time, from the store's clock
     */
    public Session(String id, String protocolVersion, String owner, long nowNanos) {
        this.id = id;
        this.protocolVersion = protocolVersion;
        this.owner = owner;
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
     * Who the session belongs to: the issuer and subject that created it. Bound to the user, not the token,
     * so a client that re-authorizes (a scope step-up) keeps its session.
     *
     * @return the owner key
     */
    public String owner() {
        return owner;
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
