package dev.mcpee.internal.session;

import java.util.List;

import jakarta.json.JsonValue;

/**
 * The recent events of a session's streams, for resumption: a client that lost a stream reconnects with GET
 * and {@code Last-Event-ID} and gets the events of that stream it missed, never another stream's. Bounded.
 * In one JVM's memory ({@link LocalStreamLog}) or, for several instances, in a shared cache, where any instance
 * can replay what another recorded.
 */
public interface StreamLog {

    /**
     * One recorded event.
     *
     * @param sequence its place in the stream
     * @param data     the JSON text of the message
     */
    record Event(int sequence, byte[] data) {
    }

    /**
     * The pinned stream: the session's server-to-client stream.
     *
     * @return its id, or null before the first one
     */
    String pinned();

    /**
     * Keeps a stream whatever the others do: the session's server-to-client stream, which many calls' streams
     * would otherwise push out (with its events and its next event number).
     *
     * @param streamId the stream
     */
    void pin(String streamId);

    /**
     * Records an event of a stream.
     *
     * @param streamId the stream
     * @param sequence the event's sequence number
     * @param data     the message's JSON text
     */
    void record(String streamId, int sequence, byte[] data);

    /**
     * Marks a stream finished: nothing more will be recorded for it unless it is {@link #reopen reopened}.
     *
     * @param streamId the stream
     */
    void complete(String streamId);

    /**
     * Takes back the last recorded event of a stream, because writing it failed: the message goes back to
     * the session's queue instead, so a client that resumes does not get it twice.
     *
     * @param streamId the stream
     * @param sequence the event's sequence number
     */
    void forget(String streamId, int sequence);

    /**
     * The sequence number a resumed stream continues with: above every one the stream has used.
     *
     * @param streamId the stream
     * @return the next sequence number, 0 for an unknown stream
     */
    int nextSequence(String streamId);

    /**
     * Marks a stream live again: the session's server-to-client stream, resumed, records more events.
     *
     * @param streamId the stream
     */
    void reopen(String streamId);

    /**
     * Whether the log knows a stream.
     *
     * @param streamId the stream
     * @return true when known
     */
    boolean knows(String streamId);

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
    List<Event> after(String streamId, int after, long millis) throws InterruptedException;

    /**
     * Whether a stream is finished.
     *
     * @param streamId the stream
     * @return true when complete (or unknown)
     */
    boolean isComplete(String streamId);

    /**
     * A call's stream begins: a shared log remembers which request it answers, so that if the instance
     * writing it stops, a client resuming it elsewhere gets an error answer instead of waiting for ever.
     *
     * @param streamId  the stream
     * @param requestId the call's request id
     */
    default void started(String streamId, JsonValue requestId) {
    }
}
