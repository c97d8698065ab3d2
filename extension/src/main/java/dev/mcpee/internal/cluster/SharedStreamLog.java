package dev.mcpee.internal.cluster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.cache.Cache;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.session.StreamLog;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One session's stream log in the shared caches, so that a client that lost a stream resumes it on any
 * instance: each event under {@code <session>|<stream>|<sequence>}, each stream's state (next sequence, whether
 * it ended, the request of a call's stream) under {@code <session>|<stream>}, the pinned server-to-client stream
 * under {@code <session>|}. Bounded by {@code mcp.session.replay-events} per stream and by
 * {@code mcp.session.replay-window} in time.
 *
 * <p>A call's stream whose writer stopped with its instance is noticed by whoever resumes it: the writer says it
 * is alive every {@link JCacheCluster#HEARTBEAT}; once it has been silent for {@link JCacheCluster#ORPHANED} the
 * call is answered with an error, so a resuming client never waits for a result that cannot come.
 */
final class SharedStreamLog implements StreamLog {

    /** How often a reader waiting for new events looks again. */
    private static final long POLL_MILLIS = 50;

    private final String session;
    private final JCacheCluster cluster;
    private final Set<String> writing;
    private final int eventsPerStream;

    /**
     * Creates the log of one session.
     *
     * @param session         the session id
     * @param cluster         the caches
     * @param writing         the call streams this instance writes (kept alive by its heartbeat)
     * @param eventsPerStream events kept per stream
     */
    SharedStreamLog(String session, JCacheCluster cluster, Set<String> writing, int eventsPerStream) {
        this.session = session;
        this.cluster = cluster;
        this.writing = writing;
        this.eventsPerStream = eventsPerStream;
    }

    private String key(String streamId) {
        return session + "|" + streamId;
    }

    private String key(String streamId, int sequence) {
        return session + "|" + streamId + "|" + sequence;
    }

    private JsonObject meta(String streamId) {
        String text = cluster.streams.get(key(streamId));
        return text == null ? null : Json.parse(text).asJsonObject();
    }

    /** Changes a stream's state atomically (compare and set), creating it when new. */
    private void update(String streamId, UnaryOperator<JsonObject> change) {
        String key = key(streamId);
        for (int attempt = 0; attempt < 100; attempt++) {
            String old = cluster.streams.get(key);
            JsonObject before = old == null ? Json.object().add("next", 0).add("complete", false).build()
                    : Json.parse(old).asJsonObject();
            String now = new String(Json.bytes(change.apply(before)), StandardCharsets.UTF_8);
            if (old == null ? cluster.streams.putIfAbsent(key, now) : cluster.streams.replace(key, old, now)) {
                return;
            }
        }
        throw new IllegalStateException("the state of stream " + streamId + " keeps changing under this writer");
    }

    @Override
    public String pinned() {
        String text = cluster.streams.get(session + "|");
        return text == null ? null : Json.parse(text).asJsonObject().getString("pinned", null);
    }

    @Override
    public void pin(String streamId) {
        cluster.streams.put(session + "|", new String(Json.bytes(Json.object().add("pinned", streamId).build()),
                StandardCharsets.UTF_8));
        update(streamId, m -> m);
    }

    @Override
    public void started(String streamId, JsonValue requestId) {
        update(streamId, m -> Json.copy(m).add("request", requestId).add("complete", false).build());
        writing.add(key(streamId));
        cluster.alive.put(key(streamId), cluster.instance());
    }

    @Override
    public void record(String streamId, int sequence, byte[] data) {
        cluster.events.put(key(streamId, sequence), data);
        update(streamId, m -> m.getInt("next") > sequence ? m : Json.copy(m).add("next", sequence + 1).build());
        if (sequence >= eventsPerStream) {
            cluster.events.remove(key(streamId, sequence - eventsPerStream));
        }
    }

    @Override
    public void complete(String streamId) {
        update(streamId, m -> Json.copy(m).add("complete", true).build());
        if (writing.remove(key(streamId))) {
            cluster.alive.remove(key(streamId));
        }
    }

    @Override
    public void forget(String streamId, int sequence) {
        cluster.events.remove(key(streamId, sequence));
    }

    @Override
    public int nextSequence(String streamId) {
        JsonObject m = meta(streamId);
        return m == null ? 0 : m.getInt("next");
    }

    @Override
    public void reopen(String streamId) {
        update(streamId, m -> Json.copy(m).add("complete", false).build());
    }

    @Override
    public boolean knows(String streamId) {
        return cluster.streams.containsKey(key(streamId));
    }

    @Override
    public List<Event> after(String streamId, int after, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            JsonObject m = meta(streamId);
            if (m == null) {
                return List.of();
            }
            List<Event> out = recorded(streamId, after, m.getInt("next"));
            if (!out.isEmpty() || m.getBoolean("complete", false)) {
                return out;
            }
            if (orphaned(streamId, m)) {
                return recorded(streamId, after, nextSequence(streamId));
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return out;
            }
            Thread.sleep(Math.min(POLL_MILLIS, left / 1_000_000L + 1));
        }
    }

    private List<Event> recorded(String streamId, int after, int next) {
        Set<String> keys = new LinkedHashSet<>();
        for (int s = Math.max(after + 1, next - eventsPerStream); s < next; s++) {
            keys.add(key(streamId, s));
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, byte[]> found = cluster.events.getAll(keys);
        List<Event> out = new ArrayList<>();
        for (int s = Math.max(after + 1, next - eventsPerStream); s < next; s++) {
            byte[] data = found.get(key(streamId, s));
            if (data != null) {
                out.add(new Event(s, data));
            }
        }
        return out;
    }

    /**
     * A call's stream whose writer has gone silent (its instance stopped): the call is answered here with an
     * error, once, and the stream ends.
     */
    private boolean orphaned(String streamId, JsonObject m) {
        JsonValue request = m.get("request");
        if (request == null || cluster.alive.containsKey(key(streamId))) {
            return false;
        }
        String key = key(streamId);
        String old = cluster.streams.get(key);
        if (old == null) {
            return false;
        }
        JsonObject current = Json.parse(old).asJsonObject();
        if (current.getBoolean("complete", false)) {
            return true;
        }
        int sequence = current.getInt("next");
        byte[] answer = Json.bytes(JsonRpcCodec.error(request, JsonRpcError.INTERNAL_ERROR, "The server instance"
                + " running this call stopped before it finished; call it again"));
        // The answer first, then the state that says the stream ended with it: whoever sees the end sees the
        // answer. Only one reader's compare-and-set wins; a loser takes its answer back.
        if (!cluster.events.putIfAbsent(key(streamId, sequence), answer)) {
            return false;
        }
        String ended = new String(Json.bytes(Json.copy(current).add("next", sequence + 1).add("complete", true)
                .build()), StandardCharsets.UTF_8);
        if (cluster.streams.replace(key, old, ended)) {
            return true;
        }
        cluster.events.remove(key(streamId, sequence), answer);
        return false;
    }

    @Override
    public boolean isComplete(String streamId) {
        JsonObject m = meta(streamId);
        return m == null || m.getBoolean("complete", false);
    }
}
