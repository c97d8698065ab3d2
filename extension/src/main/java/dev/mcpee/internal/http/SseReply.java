package dev.mcpee.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import dev.mcpee.internal.session.StreamLog;
import jakarta.json.JsonObject;

/**
 * A POST answered as a server-sent event stream holding the finished response: an optional priming event, then
 * the JSON-RPC response, and the stream ends. Everything is known when it is built, so it is one body with a
 * length, written at once (no flush per event), and no container thread waits on a running tool.
 */
final class SseReply {

    private SseReply() {
    }

    /**
     * The reply.
     *
     * @param response the JSON-RPC response
     * @param priming  whether to send the priming event first (revision 2025-11-25 and later)
     * @param log      records the events for resumption, or null
     * @return a 200 {@code text/event-stream} reply
     */
    static HttpReply of(JsonObject response, boolean priming, StreamLog log) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        SseWriter writer = new SseWriter(body, log);
        try {
            if (priming) {
                writer.priming();
            }
            writer.event(response);
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array refused a write", e);
        } finally {
            writer.complete();
        }
        return HttpReply.bytes(200, HttpReply.EVENT_STREAM, body.toByteArray()).with("Cache-Control", "no-cache");
    }
}
