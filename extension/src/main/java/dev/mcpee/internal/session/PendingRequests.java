package dev.mcpee.internal.session;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** The session's requests to its client (sampling, elicitation, roots) waiting for the client's response. */
public final class PendingRequests {

    /**
     * Names this deployment in its request ids: when several instances share a session, a response that
     * reaches another instance is passed on by id, so ids must not collide across instances.
     */
    private static final String INSTANCE = Long.toString(java.util.concurrent.ThreadLocalRandom.current()
            .nextLong() & Long.MAX_VALUE, 36);

    private final Map<String, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /**
     * Opens a request: a fresh id (a string, so it never collides with the client's ids) and the future its
     * response completes; the entry goes when the future completes (answered or timed out).
     *
     * @param response completed with the client's whole response message
     * @return the request id
     */
    public String open(CompletableFuture<JsonObject> response) {
        String id = "mcp-ee-" + INSTANCE + "-" + ids.incrementAndGet();
        pending.put(id, response);
        response.whenComplete((r, e) -> pending.remove(id));
        return id;
    }

    /**
     * Completes a request with the response the client POSTed.
     *
     * @param id      the response's id
     * @param message the response message
     * @return false when no request of this instance has the id (another instance's, or unknown)
     */
    public boolean complete(JsonValue id, JsonObject message) {
        if (id instanceof JsonString s) {
            CompletableFuture<JsonObject> f = pending.get(s.getString());
            if (f != null) {
                f.complete(message);
                return true;
            }
        }
        return false;
    }

    /**
     * Requests waiting for their answers.
     *
     * @return how many
     */
    public int size() {
        return pending.size();
    }
}
