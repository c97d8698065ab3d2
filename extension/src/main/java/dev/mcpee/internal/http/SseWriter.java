package dev.mcpee.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.session.StreamLog;
import dev.mcpee.internal.session.StreamTimings;
import jakarta.json.JsonObject;

/**
 * Writes one server-sent event stream, each event with an {@link EventId}. Writes are serialized (a tool may report progress from any thread)
 * and flushed at once; after the client went away, further events are dropped.
 */
final class SseWriter {

    /** Tells a client how long to wait before reconnecting when a stream ends early (SSE {@code retry}). */
    private static final byte[] RETRY_AND_EMPTY_DATA = ("retry: " + StreamTimings.RECONNECT.toMillis() + "\ndata: \n\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MESSAGE = "event: message\ndata: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_EVENT = {'\n', '\n'};
    /** An SSE comment: ignored by clients, keeps the connection busy. */
    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII);
    /** The reconnection delay alone, for a resumed stream (a block without data dispatches no event). */
    private static final byte[] RETRY = ("retry: " + StreamTimings.RECONNECT.toMillis() + "\n\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final StreamLog log;
    private final String streamId;
    private int sequence;
    private boolean gone;

    SseWriter(OutputStream out, StreamLog log) {
        this(out, log, newStreamId(), 0);
    }

    /**
     * A writer that continues a stream (a resumed server-to-client stream).
     *
     * @param out      the response body
     * @param log      records the events, or null
     * @param streamId the stream's id
     * @param sequence the next event's sequence number
     */
    SseWriter(OutputStream out, StreamLog log, String streamId, int sequence) {
        this.out = out;
        this.log = log;
        this.streamId = streamId;
        this.sequence = sequence;
    }

    /**
     * A new random stream id, unique within the session. Not a secret: only the session's owner, through the
     * session's own id, can name its streams; 96 random bits keep two streams of a session apart.
     *
     * @return the id
     */
    static String newStreamId() {
        byte[] id = new byte[12];
        ThreadLocalRandom.current().nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    /**
     * This stream's id, the part of its event ids before the underscore.
     *
     * @return the id
     */
    String streamId() {
        return streamId;
    }

    /**
     * Tells the client how long to wait before reconnecting, without an event.
     *
     * @throws IOException when the client went away
     */
    synchronized void retry() throws IOException {
        out.write(RETRY);
        out.flush();
    }

    /**
     * The priming event (an id with empty data) that 2025-11-25 clients can resume from.
     *
     * @throws IOException when the client went away
     */
    synchronized void priming() throws IOException {
        out.write(concat(idLine(sequence++), RETRY_AND_EMPTY_DATA));
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
        frame(sequence++, data);
    }

    /**
     * A recorded event written again with its original id, for a client resuming this stream.
     *
     * @param event the event
     * @throws IOException when the client went away
     */
    synchronized void replay(StreamLog.Event event) throws IOException {
        frame(event.sequence(), event.data());
    }

    /**
     * A comment line that keeps proxies from closing an idle stream.
     *
     * @throws IOException when the client went away
     */
    synchronized void ping() throws IOException {
        out.write(KEEP_ALIVE);
        out.flush();
    }

    /**
     * One message that the caller takes back when it cannot be written: the record of the event is removed,
     * so a client that resumes does not get it as well as the caller's second attempt.
     *
     * @param message the message
     * @throws IOException when the client went away
     */
    synchronized void eventOrForget(JsonObject message) throws IOException {
        int attempted = sequence;
        try {
            event(message);
        } catch (IOException e) {
            if (log != null) {
                log.forget(streamId, attempted);
            }
            throw e;
        }
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

    /**
     * Ends the stream now, the client still connected (SSE polling): what is written from here on is only
     * recorded, for the client to get when it resumes the stream.
     */
    synchronized void detach() {
        if (gone) {
            return;
        }
        gone = true;
        if (log != null) {
            // Known from now on, even before its next event: a client resuming at once waits for what follows.
            log.reopen(streamId);
        }
        try {
            out.flush();
            out.close();
        } catch (IOException e) {
            // The client had gone already: nothing changes, the events are recorded either way.
        }
    }

    /**
     * Whether a write found the client gone.
     *
     * @return true once the client went away
     */
    synchronized boolean gone() {
        return gone;
    }

    /**
     * A comment line that keeps proxies from closing an idle stream; the way a stream that only waits learns
     * that the client went away.
     *
     * @return false when the client went away
     */
    synchronized boolean keepAlive() {
        if (gone) {
            return false;
        }
        try {
            ping();
            return true;
        } catch (IOException e) {
            gone = true;
            return false;
        }
    }

    /** Nothing more will be written: a resuming client gets what was recorded and the stream ends. */
    synchronized void complete() {
        if (log != null) {
            log.complete(streamId);
        }
    }

    private void frame(int eventSequence, byte[] data) throws IOException {
        // One write per event: a container's output stream does its own bookkeeping on every call.
        // JSON text holds no raw newlines (they are escaped in strings), so one data line suffices.
        out.write(concat(idLine(eventSequence), MESSAGE, data, END_OF_EVENT));
        out.flush();
    }

    private byte[] idLine(int eventSequence) {
        return ("id: " + new EventId(streamId, eventSequence) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
