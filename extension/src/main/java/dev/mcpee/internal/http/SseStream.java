package dev.mcpee.internal.http;

import java.io.IOException;
import java.io.OutputStream;

import dev.mcpee.internal.session.StreamLog;
import jakarta.json.JsonObject;

/**
 * A POST answered as a server-sent event stream holding the finished response: an optional priming event,
 * then the JSON-RPC response, then the stream closes. It is written once the response is complete, so no
 * container thread waits on a running tool.
 */
final class SseStream implements EventStream {

    private final JsonObject response;
    private final boolean priming;
    private final StreamLog log;

    /**
     * Creates the stream.
     *
     * @param response the JSON-RPC response
     * @param priming  whether to send the priming event (revision 2025-11-25 and later)
     * @param log      records the event for resumption, or null
     */
    SseStream(JsonObject response, boolean priming, StreamLog log) {
        this.response = response;
        this.priming = priming;
        this.log = log;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        SseWriter writer = new SseWriter(out, log);
        try {
            if (priming) {
                writer.priming();
            }
            writer.event(response);
        } finally {
            writer.complete();
        }
    }
}
