package dev.mcpee.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import dev.mcpee.internal.session.Session;
import dev.mcpee.internal.session.StreamLog;
import dev.mcpee.internal.session.StreamTimings;

/**
 * A stream resumed with GET and {@code Last-Event-ID}: the events of that one stream after the client's last
 * one, with their original ids, then those still to come until the stream completes (a call still running
 * goes on reporting here), with a keep-alive comment when there was nothing for {@link StreamTimings#KEEP_ALIVE}.
 * Never another stream's events. Ends when the client goes away.
 */
final class ReplayStream implements EventStream {

    private final Session session;
    private final String streamId;
    private final int after;

    ReplayStream(Session session, String streamId, int after) {
        this.session = session;
        this.streamId = streamId;
        this.after = after;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        StreamLog log = session.log();
        // Writes this stream's recorded events again; records nothing itself.
        SseWriter writer = new SseWriter(out, null, streamId, 0);
        int last = after;
        long quietSince = System.nanoTime();
        try {
            while (!session.closed()) {
                List<StreamLog.Event> events = log.after(streamId, last, StreamTimings.KEEP_ALIVE.toMillis());
                for (StreamLog.Event e : events) {
                    writer.replay(e);
                    last = e.sequence();
                    quietSince = System.nanoTime();
                }
                if (log.isComplete(streamId) && log.after(streamId, last, 0).isEmpty()) {
                    return;
                }
                // The wait also ends when another stream of the session records an event: count real silence.
                if (System.nanoTime() - quietSince >= StreamTimings.KEEP_ALIVE.toNanos()) {
                    // A long call with nothing to report: keep the connection, and notice a client that left.
                    writer.ping();
                    quietSince = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
