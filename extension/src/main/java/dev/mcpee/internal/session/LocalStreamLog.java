package dev.mcpee.internal.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's stream log in this JVM's memory (the in-memory session store): the most recent
 * {@code mcp.session.replay-events} events of the {@link #STREAMS} most recently used streams, and of the
 * session's server-to-client stream (pinned).
 */
public final class LocalStreamLog implements StreamLog {

    private final int eventsPerStream;

    /**
     * Creates the log.
     *
     * @param eventsPerStream events kept per stream
     */
    public LocalStreamLog(int eventsPerStream) {
        this.eventsPerStream = eventsPerStream;
    }

    /** Streams kept per session. */
    static final int STREAMS = 16;

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

    @Override
    public synchronized String pinned() {
        return pinned;
    }

    @Override
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

    @Override
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

    @Override
    public synchronized void complete(String streamId) {
        streams.computeIfAbsent(streamId, k -> new Stream()).complete = true;
        trim();
        notifyAll();
    }

    @Override
    public synchronized void forget(String streamId, int sequence) {
        Stream s = streams.get(streamId);
        if (s != null && !s.events.isEmpty() && s.events.peekLast().sequence() == sequence) {
            s.events.removeLast();
        }
    }

    @Override
    public synchronized int nextSequence(String streamId) {
        Stream s = streams.get(streamId);
        return s == null ? 0 : s.next;
    }

    @Override
    public synchronized void reopen(String streamId) {
        streams.computeIfAbsent(streamId, k -> new Stream()).complete = false;
    }

    @Override
    public synchronized boolean knows(String streamId) {
        return streams.containsKey(streamId);
    }

    @Override
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

    @Override
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
