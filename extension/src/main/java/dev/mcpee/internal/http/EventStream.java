package dev.mcpee.internal.http;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A {@code text/event-stream} body: written on the request's thread while the connection stays open, until
 * the stream has said all it will say or the client is gone.
 */
@FunctionalInterface
public interface EventStream {

    /**
     * Writes the events.
     *
     * @param out the connection's output; flushed after each event
     * @throws IOException when the client is gone
     */
    void write(OutputStream out) throws IOException;
}
