package dev.mcpee.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

import dev.mcpee.internal.session.Session;
import dev.mcpee.internal.session.StreamLog;
import dev.mcpee.internal.session.StreamTimings;
import jakarta.json.JsonObject;

/**
 * A session's server-to-client stream (GET on the endpoint): messages not tied to a call, such as
 * {@code notifications/resources/updated}, as they are queued; a comment line every {@link StreamTimings#KEEP_ALIVE} so
 * proxies keep the connection; closed when the session ends, the client goes away, a resuming client takes
 * over, or after {@code maxOpen} (with {@code retry}, so the client reconnects). Its events are recorded, so
 * a client that reconnects with {@code Last-Event-ID} gets the ones it missed and the stream goes on under
 * the same id. It holds a container thread while open.
 */
final class ServerStream implements EventStream {

    private final Session session;
    private final long generation;
    private final boolean priming;
    private final Duration maxOpen;
    private final String resumedId;
    private final int resumedAfter;

    /**
     * A new stream.
     *
     * @param session    the session
     * @param generation the session's claim on its stream slot
     * @param priming    whether to send the priming event
     * @param maxOpen    how long the stream stays open
     */
    ServerStream(Session session, long generation, boolean priming, Duration maxOpen) {
        this(session, generation, priming, maxOpen, null, -1);
    }

    /**
     * A resumed stream: the events after {@code after} first, then new ones under the same id.
     *
     * @param session    the session
     * @param generation the session's claim on its stream slot
     * @param maxOpen    how long the stream stays open
     * @param streamId   the stream being resumed
     * @param after      the sequence number of the last event the client has
     */
    ServerStream(Session session, long generation, Duration maxOpen, String streamId, int after) {
        this(session, generation, false, maxOpen, streamId, after);
    }

    private ServerStream(Session session, long generation, boolean priming, Duration maxOpen, String resumedId,
                         int resumedAfter) {
        this.session = session;
        this.generation = generation;
        this.priming = priming;
        this.maxOpen = maxOpen;
        this.resumedId = resumedId;
        this.resumedAfter = resumedAfter;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        StreamLog log = session.log();
        SseWriter writer = resumedId == null ? new SseWriter(out, log)
                : new SseWriter(out, log, resumedId, Math.max(resumedAfter + 1, log.nextSequence(resumedId)));
        if (!session.stream().started(generation, writer.streamId())) {
            // The claim was lost before the container got here (given up, taken over, or the session ended):
            // another stream is the session's now; touch nothing of it, and tell the client when to retry.
            writer.retry();
            return;
        }
        long end = System.nanoTime() + maxOpen.toNanos();
        try {
            if (resumedId != null) {
                log.reopen(resumedId);
                writer.retry();
                for (StreamLog.Event e : log.after(resumedId, resumedAfter, 0)) {
                    writer.replay(e);
                }
            } else if (priming) {
                writer.priming();
            }
            if (resumedId != null || priming) {
                // Open Liberty commits a streamed response only at its second flush: without this comment the
                // client saw the status and the priming event only after the first keep-alive, 5 s later.
                writer.keepAlive();
            }
            long left;
            while (session.stream().holds(generation) && (left = end - System.nanoTime()) > 0) {
                // The last wait is cut short so the stream closes on time; only a full one calls for a ping.
                boolean fullWait = left >= StreamTimings.KEEP_ALIVE.toNanos();
                JsonObject message = session.outbound().next(fullWait ? StreamTimings.KEEP_ALIVE.toMillis()
                        : Math.max(1, left / 1_000_000));
                if (message != null) {
                    try {
                        writer.eventOrForget(message);
                    } catch (IOException e) {
                        // Not delivered and no longer in the log: the next stream, resumed or new, sends it first.
                        session.outbound().putBack(message);
                        throw e;
                    }
                } else if (session.stream().holds(generation) && fullWait) {
                    writer.ping();
                }
            }
            if (session.stream().holds(generation)) {
                // Closed early, while the session lives: say when to reconnect (and resume) right before closing.
                writer.retry();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away: nothing is lost, it resumes or its next GET gets the queued messages
        } finally {
            // Complete before the slot is free: a resumed stream reopens it after claiming the slot.
            log.complete(writer.streamId());
            session.stream().close(generation);
        }
    }
}
