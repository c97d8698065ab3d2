package dev.mcpee.internal.cluster;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.session.Peers;
import dev.mcpee.internal.session.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The other instances, over the {@link ClusterBus}: what this instance received but another must act on goes
 * out, and what comes in is acted on here: a client's answer or cancellation for a call running here, a
 * notification for the streams held here, a switched tool, a session ended elsewhere.
 */
final class ClusterPeers implements Peers, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClusterPeers.class.getName());

    private final ClusterBus bus;
    private final Function<String, Session> sessions;
    private final Consumer<String> ended;
    private volatile Peers.Local local;

    /**
     * Joins the bus.
     *
     * @param cluster  the caches
     * @param sessions the sessions this instance holds, by id (null when not held here)
     * @param ended    what this instance does when another ended a session
     */
    ClusterPeers(JCacheCluster cluster, Function<String, Session> sessions, Consumer<String> ended) {
        this.sessions = sessions;
        this.ended = ended;
        this.bus = new ClusterBus(cluster.bus, cluster.instance(), this::received);
    }

    /**
     * Tells the other instances that a session ended.
     *
     * @param sessionId the session
     */
    void deleted(String sessionId) {
        bus.publish("deleted", Json.object().add("session", sessionId));
    }

    @Override
    public void answer(String sessionId, JsonObject message) {
        bus.publish("answer", Json.object().add("session", sessionId).add("message", message));
    }

    @Override
    public void cancel(String sessionId, JsonValue requestId) {
        bus.publish("cancel", Json.object().add("session", sessionId).add("request", requestId));
    }

    @Override
    public void notify(JsonObject message, String uri) {
        bus.publish("notify", uri == null ? Json.object().add("message", message)
                : Json.object().add("message", message).add("uri", uri));
    }

    @Override
    public void switched(String list, String name, boolean enabled) {
        bus.publish("switch", Json.object().add("list", list).add("name", name).add("enabled", enabled));
    }

    @Override
    public void receive(Peers.Local handling) {
        this.local = handling;
    }

    private void received(JsonObject message) {
        String sessionId = message.get("session") instanceof JsonString s ? s.getString() : null;
        Session session = sessionId == null ? null : sessions.apply(sessionId);
        switch (message.getString("kind", "")) {
            case "answer" -> {
                if (session != null) {
                    JsonObject answer = message.getJsonObject("message");
                    session.requests().complete(answer.get("id"), answer);
                }
            }
            case "cancel" -> {
                if (session != null) {
                    session.calls().cancel(message.get("request"));
                }
            }
            case "deleted" -> {
                if (sessionId != null) {
                    ended.accept(sessionId);
                }
            }
            case "notify" -> {
                if (local != null) {
                    local.notifyLocally(message.getJsonObject("message"), message.getString("uri", null));
                }
            }
            case "switch" -> {
                if (local != null) {
                    local.switchLocally(message.getString("list"), message.getString("name"),
                            message.getBoolean("enabled"));
                }
            }
            default -> LOG.fine(() -> "mcp-ee: a cluster message of an unknown kind: " + message);
        }
    }

    @Override
    public void close() {
        bus.close();
    }
}
