package dev.mcpee.api;

/**
 * Tells connected clients that something changed. Inject it into any bean.
 *
 * <pre>{@code
 * @Inject McpNotifier notifier;
 *
 * void onPetChanged(long petId) {
 *     notifier.resourceUpdated("vetassist://pets/" + petId);
 * }
 * }</pre>
 *
 * Messages go to each interested session's server-to-client stream (the client's GET on the endpoint); a
 * session without an open stream keeps the most recent ones until it opens one.
 */
public interface McpNotifier {

    /**
     * Sends {@code notifications/resources/updated} to every session subscribed to the URI
     * ({@code resources/subscribe}).
     *
     * @param uri the resource that changed
     */
    void resourceUpdated(String uri);
}
