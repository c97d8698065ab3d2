package dev.mcpee.internal.session;

import dev.mcpee.api.McpNotifier;
import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.model.Catalog;
import dev.mcpee.internal.model.Catalogs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * The application's sessions and listen streams, shared by the endpoint and by {@link McpNotifier}, which it
 * implements: a change is queued on the server-to-client stream of each session that asked for it, and offered
 * to every open {@code subscriptions/listen} stream. With a shared session store the other instances do the
 * same for the streams they hold ({@link Peers}), and switch the same tools off and on.
 */
@ApplicationScoped
public class SessionRegistry implements McpNotifier, Peers.Local {

    @Inject
    Deployment deployment;

    @Inject
    SessionStore store;

    private Listeners listeners;

    @PostConstruct
    void init() {
        McpConfig config = deployment.config();
        // A listen stream holds a container thread like a session's GET stream: bounded by the same numbers.
        listeners = new Listeners(config.maxSessions(), config.maxSessionsPerOwner());
        store.peers().receive(this);
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
        JsonObject message = JsonRpcCodec.notification("notifications/resources/updated", Json.object().add("uri", uri));
        notifyLocally(message, uri);
        store.peers().notify(message, uri);
    }

    /**
     * Switches a tool, prompt or resource off or on here and on every other instance, and tells the sessions'
     * streams that the list changed.
     *
     * @param list    {@code tools}, {@code prompts} or {@code resources}
     * @param name    the item's name or URI
     * @param enabled whether it is on
     */
    public void switchFeature(String list, String name, boolean enabled) {
        if (switched(list, name, enabled)) {
            JsonObject message = JsonRpcCodec.notification("notifications/" + list + "/list_changed", null);
            notifyLocally(message, null);
            store.peers().switched(list, name, enabled);
        }
    }

    @Override
    public void switchLocally(String list, String name, boolean enabled) {
        if (switched(list, name, enabled)) {
            notifyLocally(JsonRpcCodec.notification("notifications/" + list + "/list_changed", null), null);
        }
    }

    private boolean switched(String list, String name, boolean enabled) {
        Catalogs c = deployment.catalogs();
        Catalog<?> catalog = switch (list) {
            case "tools" -> c.tools();
            case "prompts" -> c.prompts();
            case "resources" -> c.templates().contains(name) ? c.templates() : c.resources();
            default -> throw new IllegalArgumentException("no list " + list);
        };
        return catalog.setEnabled(name, enabled);
    }

    @Override
    public void notifyLocally(JsonObject message, String uri) {
        store.forEach(s -> {
            if (uri == null || s.subscribed(uri)) {
                s.outbound().enqueue(message);
            }
        });
        listeners.offer(message);
    }
}
