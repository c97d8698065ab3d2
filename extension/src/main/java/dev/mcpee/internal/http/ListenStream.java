package dev.mcpee.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.session.Listeners;
import dev.mcpee.internal.session.StreamTimings;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A {@code subscriptions/listen} stream of a 2026-07-28 client: first {@code notifications/subscriptions/acknowledged}
 * with what is honoured, then the list-changed and resource-updated notifications its filter asked for, each
 * tagged with the listen request's id in {@code _meta}. It ends, with the request's result, when the client
 * goes away, when the application stops, or after {@link StreamTimings#SERVER_STREAM_MAX} (the client listens
 * again), so no stream holds a container thread for ever. A client that does not read loses notifications
 * beyond {@value #QUEUE} waiting ones, never the server's memory.
 */
final class ListenStream implements EventStream, Listeners.Listener {

    /** Notifications waiting for a slow client, at most. */
    static final int QUEUE = 256;
    private static final String SUBSCRIPTION_ID = "io.modelcontextprotocol/subscriptionId";
    private static final JsonObject END = JsonValue.EMPTY_JSON_OBJECT;

    private final JsonValue id;
    private final JsonObject honoured;
    private final Set<String> methods;
    private final Set<String> uris;
    private final Listeners listeners;
    private final Duration open;
    private final BlockingQueue<JsonObject> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean ended;

    /**
     * Creates the stream.
     *
     * @param id        the listen request's id, the subscription's id
     * @param honoured  the filter as honoured, for the acknowledgement
     * @param methods   the list-changed notification methods wanted
     * @param uris      the resources whose updates are wanted
     * @param listeners where the stream registers
     * @param open      how long the stream stays open at most
     */
    ListenStream(JsonValue id, JsonObject honoured, Set<String> methods, Set<String> uris, Listeners listeners,
                 Duration open) {
        this.id = id;
        this.honoured = honoured;
        this.methods = Set.copyOf(methods);
        this.uris = Set.copyOf(uris);
        this.listeners = listeners;
        this.open = open;
    }

    @Override
    public void offer(JsonObject notification) {
        String method = notification.getString("method", "");
        boolean wanted = methods.contains(method) || "notifications/resources/updated".equals(method)
                && notification.get("params") instanceof JsonObject p && p.get("uri") instanceof JsonString uri
                && uris.contains(uri.getString());
        if (wanted) {
            queue.offer(notification);
        }
    }

    @Override
    public void end() {
        // The flag, not only the marker: concurrent offers could refill the queue before the marker fits.
        ended = true;
        queue.clear();
        queue.offer(END);
    }

    @Override
    public void write(OutputStream out) throws IOException {
        // Registered by StatelessPost before the stream was answered (a full registry is answered 503 there).
        SseWriter writer = new SseWriter(out, null);
        try {
            writer.event(JsonRpcCodec.notification("notifications/subscriptions/acknowledged",
                    tagged(honoured)));
            // Open Liberty commits a streamed response only at its second flush: without this comment the
            // acknowledgement reached the client after the first keep-alive, seconds late.
            writer.keepAlive();
            long deadline = System.nanoTime() + open.toNanos();
            while (!ended && System.nanoTime() < deadline) {
                JsonObject next = queue.poll(StreamTimings.KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
                if (next == END || ended) {
                    break;
                }
                if (next == null) {
                    if (!writer.keepAlive()) {
                        return;
                    }
                    continue;
                }
                JsonObject params = next.get("params") instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
                writer.event(JsonRpcCodec.notification(next.getString("method"), tagged(params)));
            }
            writer.event(result());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listeners.remove(this);
        }
    }

    /** A notification's params with the subscription's id added to their {@code _meta}. */
    private JsonObjectBuilder tagged(JsonObject params) {
        return Json.withMeta(params, SUBSCRIPTION_ID, id);
    }

    /** The listen request's result, which ends the subscription. */
    private JsonObject result() {
        return JsonRpcCodec.result(id, Json.object().add("resultType", "complete")
                .add("_meta", Json.object().add(SUBSCRIPTION_ID, id)).build());
    }
}
