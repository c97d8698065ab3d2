package dev.mcpee.internal.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recent events of a session's streams, for resumption: a client that lost a stream reconnects with GET
 * and {@code Last-Event-ID} and gets the events of that stream it missed, never another stream's. Bounded:
 * the most recent {@code mcp.session.replay-events} events of the {@link #STREAMS} most recently used
 * streams, and of the session's server-to-client stream (pinned).
 */
public final class StreamLog {

    private final int eventsPerStream;

    /**
     * Creates the log.
     *
     * @param eventsPerStream events kept per stream
     */
    public StreamLog(int eventsPerStream) {
        this.eventsPerStream = eventsPerStream;
    }

    /** Streams kept per session. */
    static final int STREAMS = 16;

    /**
     * One recorded event.
     *
     * @param sequence its place in the stream
     * @param data     the JSON text of the message
     */
    public record Event(int sequence, byte[] data) {
    }

    private static final class Stream {
        final Deque<Event> events = new ArrayDeque<>();
        boolean complete;
        /** Above every sequence number used, kept or forgotten, so a resumed stream never reuses an id. */
        int next;
    }

    /** In order of use, least recent first. */
    private final Map<String, Stream> streams = new LinkedHashMap<>(16, 0.75f, true);
    /** The session's server-to-client stream, never evicted: it lives as long as the session. */
    private String pinned;

    /**
     * The pinned stream: the session's server-to-client stream.
     *
     * @return its id, or null before the first one
     */
    public synchronized String pinned() {
        return pinned;
    }

    /**
     * Keeps a stream whatever the others do: the session's server-to-client stream, which many calls' streams
     * would otherwise push out (with its events and its next event number).
     *
     * @param streamId the stream
     */
    public synchronized void pin(String streamId) {
        pinned = streamId;
        streams.computeIfAbsent(streamId, k -> new Stream());
        trim();
    }

    private void trim() {
        var eldest = streams.keySet().iterator();
        while (streams.size() > STREAMS + (pinned != null && streams.containsKey(pinned) ? 1 : 0)
                && eldest.hasNext()) {
            if (!eldest.next().equals(pinned)) {
                eldest.remove();
            }
        }
    }

    /**
     * Records an event of a stream.
     *
     * @param streamId the stream
     * @param sequence the event's sequence number
     * @param data     the message's JSON text
     */
    public synchronized void record(String streamId, int sequence, byte[] data) {
        Stream s = streams.computeIfAbsent(streamId, k -> new Stream());
        s.events.addLast(new Event(sequence, data));
        s.next = Math.max(s.next, sequence + 1);
        trim();
        if (s.events.size() > eventsPerStream) {
            s.events.removeFirst();
        }
        notifyAll();
    }

    /**
     * Marks a stream finished: nothing more will be recorded for it unless it is {@link #reopen reopened}.
     *
     * @param streamId the stream
     */
    public synchronized void complete(String streamId) {
        streams.computeIfAbsent(streamId, k -> new Stream()).complete = true;
        trim();
        notifyAll();
    }

    /**
     * Takes back the last recorded event of a stream, because writing it failed: the message goes back to
     * the session's queue instead, so a client that resumes does not get it twice.
     *
     * @param streamId the stream
     * @param sequence the event's sequence number
     */
    public synchronized void forget(String streamId, int sequence) {
        Stream s = streams.get(streamId);
        if (s != null && !s.events.isEmpty() && s.events.peekLast().sequence() == sequence) {
            s.events.removeLast();
        }
    }

    /**
     * The sequence number a resumed stream continues with: above every one the stream has used.
     *
     * @param streamId the stream
     * @return the next sequence number, 0 for an unknown stream
     */
    public synchronized int nextSequence(String streamId) {
        Stream s = streams.get(streamId);
        return s == null ? 0 : s.next;
    }

    /**
     * Marks a stream live again: the session's server-to-client stream, resumed, records more events.
     *
     * @param streamId the stream
     */
    public synchronized void reopen(String streamId) {
        streams.computeIfAbsent(streamId, k -> new Stream()).complete = false;
    }

    /**
     * Whether the log knows a stream.
     *
     * @param streamId the stream
     * @return true when known
     */
    public synchronized boolean knows(String streamId) {
        return streams.containsKey(streamId);
    }

    /**
     * The events after a sequence number, waiting up to the given time when there are none yet and the
     * stream is not complete.
     *
     * @param streamId the stream
     * @param after    the last sequence number the client has
     * @param millis   how long to wait for new events
     * @return the events (possibly none)
     * @throws InterruptedException when interrupted
     */
    public synchronized List<Event> after(String streamId, int after, long millis) throws InterruptedException {
        Stream s = streams.get(streamId);
        if (s == null) {
            return List.of();
        }
        List<Event> out = newer(s, after);
        if (out.isEmpty() && !s.complete && millis > 0) {
            wait(millis);
            out = newer(s, after);
        }
        return out;
    }

    /**
     * Whether a stream is finished.
     *
     * @param streamId the stream
     * @return true when complete (or unknown)
     */
    public synchronized boolean isComplete(String streamId) {
        Stream s = streams.get(streamId);
        return s == null || s.complete;
    }

    private static List<Event> newer(Stream s, int after) {
        List<Event> out = new ArrayList<>();
        for (Event e : s.events) {
            if (e.sequence() > after) {
                out.add(e);
            }
        }
        return out;
    }
}
