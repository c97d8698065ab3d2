package dev.mcpee.internal.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.session.StreamLog;
import jakarta.json.JsonObject;

/**
 * Writes one server-sent event stream: event ids are {@code <stream id>_<sequence>} with a random stream id,
 * so ids never repeat within a session. Writes are serialized (a tool may report progress from any thread)
 * and flushed at once; after the client went away, further events are dropped.
 */
final class SseWriter {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Tells a client how long to wait before reconnecting when a stream ends early (SSE {@code retry}). */
    private static final byte[] RETRY_AND_EMPTY_DATA = "retry: 3000\ndata: \n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MESSAGE = "event: message\ndata: ".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final StreamLog log;
    private final String streamId;
    private int sequence;
    private boolean gone;

    SseWriter(OutputStream out, StreamLog log) {
        this.out = out;
        this.log = log;
        byte[] id = new byte[12];
        RANDOM.nextBytes(id);
        this.streamId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    /**
     * The priming event (an id with empty data) that 2025-11-25 clients can resume from.
     *
     * @throws IOException when the client went away
     */
    synchronized void priming() throws IOException {
        id();
        out.write(RETRY_AND_EMPTY_DATA);
        out.flush();
    }

    /**
     * One JSON-RPC message as an event.
     *
     * @param message the message
     * @throws IOException when the client went away
     */
    synchronized void event(JsonObject message) throws IOException {
        byte[] data = Json.bytes(message);
        if (log != null) {
            // Recorded before it is written: an event the client misses can be replayed on resumption.
            log.record(streamId, sequence, data);
        }
        id();
        out.write(MESSAGE);
        // JSON-P writes no raw newlines (they are escaped in strings), so one data line suffices.
        out.write(data);
        out.write('\n');
        out.write('\n');
        out.flush();
    }

    /**
     * One message, dropped quietly when the client went away (a disconnect does not stop the tool).
     *
     * @param message the message
     */
    synchronized void eventIfConnected(JsonObject message) {
        if (gone) {
            // Still recorded, with the next id, for a client that resumes the stream.
            if (log != null) {
                log.record(streamId, sequence++, Json.bytes(message));
            }
            return;
        }
        try {
            event(message);
        } catch (IOException e) {
            gone = true;
        }
    }

    /** Nothing more will be written: a resuming client gets what was recorded and the stream ends. */
    synchronized void complete() {
        if (log != null) {
            log.complete(streamId);
        }
    }

    /**
     * Writes a recorded event again, with its original id.
     *
     * @param out      the resumed stream
     * @param streamId the stream the event belongs to
     * @param event    the event
     * @throws IOException when the client went away
     */
    static void replay(OutputStream out, String streamId, StreamLog.Event event) throws IOException {
        out.write(("id: " + streamId + "_" + event.sequence() + "\n").getBytes(StandardCharsets.US_ASCII));
        out.write(MESSAGE);
        out.write(event.data());
        out.write('\n');
        out.write('\n');
        out.flush();
    }

    private void id() throws IOException {
        out.write(("id: " + streamId + "_" + sequence++ + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
