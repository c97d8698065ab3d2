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
     * Finds a live session and records the access (idle time restarts).
     *
     * @param id the id the client sent
     * @return the session, or null when unknown, ended or expired
     */
    Session find(String id);

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
}
