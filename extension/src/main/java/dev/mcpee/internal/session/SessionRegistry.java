package dev.mcpee.internal.session;

import java.util.function.Consumer;

import dev.mcpee.api.McpNotifier;
import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The application's sessions and listen streams, shared by the endpoint and by {@link McpNotifier}, which it
 * implements: a change is queued on the server-to-client stream of each session that asked for it, and offered
 * to every open {@code subscriptions/listen} stream.
 */
@ApplicationScoped
public class SessionRegistry implements McpNotifier {

    @Inject
    Deployment deployment;

    private SessionStore store;
    private Listeners listeners;

    @PostConstruct
    void init() {
        McpConfig config = deployment.config();
        store = new InMemorySessionStore(config.sessionIdleTimeout(), config.maxSessions(),
                config.maxSessionsPerOwner(), config.replayEvents(), System::nanoTime);
        // A listen stream holds a container thread like a session's GET stream: bounded by the same numbers.
        listeners = new Listeners(config.maxSessions(), config.maxSessionsPerOwner());
    }

    /** The application stops: every session ends, so open streams return their threads at once. */
    @PreDestroy
    void endAll() {
        store.forEach(Session::end);
        listeners.endAll();
    }

    /**
     * The session store.
     *
     * @return the store
     */
    public SessionStore store() {
        return store;
    }

    /**
     * The open {@code subscriptions/listen} streams of 2026-07-28 clients.
     *
     * @return the registry
     */
    public Listeners listeners() {
        return listeners;
    }

    @Override
    public void resourceUpdated(String uri) {
        var message = JsonRpcCodec.notification("notifications/resources/updated", Json.object().add("uri", uri));
        forEach(s -> {
            if (s.subscribed(uri)) {
                s.outbound().enqueue(message);
            }
        });
        listeners.offer(message);
    }

    /**
     * Queues a message for every session's server-to-client stream.
     *
     * @param message the notification
     */
    public void broadcast(jakarta.json.JsonObject message) {
        forEach(s -> s.outbound().enqueue(message));
        listeners.offer(message);
    }

    private void forEach(Consumer<Session> action) {
        store.forEach(action);
    }
}
