package dev.mcpee.internal.session;

/**
 * Where sessions live. The in-memory store serves one server; a distributed store (JCache) can replace it
 * so that any instance behind a load balancer serves any session.
 */
public interface SessionStore {

    /**
     * Creates a session with a new unguessable id.
     *
     * @param protocolVersion the negotiated revision
     * @param owner           who creates it (issuer and subject), "" when anonymous
     * @return the session
     * @throws SessionLimitException when the configured number of live sessions is reached
     */
    Session create(String protocolVersion, String owner);

    /**
     * Finds a live session of the given owner and records the access (idle time restarts). The owner is
     * checked before the access is recorded: another user presenting the id gets nothing and does not extend
     * the session's life.
     *
     * @param id    the id the client sent
     * @param owner who asks (issuer and subject), "" when anonymous
     * @return the session, or null when unknown, ended, expired or another owner's
     */
    Session find(String id, String owner);

    /**
     * Ends a session.
     *
     * @param id the session id
     * @return true when a live session was ended
     */
    boolean remove(String id);

    /**
     * Visits every live session (for notifications).
     *
     * @param action what to do with each
     */
    void forEach(java.util.function.Consumer<Session> action);

    /**
     * How many sessions are live (expired ones not yet swept may be counted).
     *
     * @return the count
     */
    int size();

    /**
     * The other instances that share these sessions.
     *
     * @return none, unless the store is shared
     */
    default Peers peers() {
        return Peers.NONE;
    }

    /**
     * Whether the store answers now (readiness): a shared store is asked; the in-memory one always answers.
     *
     * @return true when sessions can be created and found
     */
    default boolean reachable() {
        return true;
    }

    /** The application stops: whatever the store opened is closed. */
    default void close() {
    }
}
