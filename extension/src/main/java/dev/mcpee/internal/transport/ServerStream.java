package dev.mcpee.internal.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.mcpee.internal.session.Session;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * A session's server-to-client stream (GET on the endpoint): messages not tied to a call, such as
 * {@code notifications/resources/updated}, as they are queued; a comment line every {@link #KEEP_ALIVE} so
 * proxies keep the connection; closed when the session ends, the client goes away, or after
 * {@code maxOpen} (with {@code retry}, so the client reconnects). It holds a container thread while open.
 */
final class ServerStream implements StreamingOutput {

    /** How often an idle stream sends a keep-alive comment. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(5);
    private static final byte[] PING = ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII);

    private final Session session;
    private final boolean priming;
    private final Duration maxOpen;

    ServerStream(Session session, boolean priming, Duration maxOpen) {
        this.session = session;
        this.priming = priming;
        this.maxOpen = maxOpen;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        // Not recorded: messages the client misses stay queued for its next GET instead.
        SseWriter writer = new SseWriter(out, null);
        long end = System.nanoTime() + maxOpen.toNanos();
        try {
            if (priming) {
                writer.priming();
            }
            while (!session.closed() && System.nanoTime() < end) {
                JsonObject message = session.nextOutbound(KEEP_ALIVE.toMillis());
                if (message != null) {
                    try {
                        writer.event(message);
                    } catch (IOException e) {
                        session.enqueue(message);
                        throw e;
                    }
                } else if (!session.closed()) {
                    synchronized (writer) {
                        out.write(PING);
                        out.flush();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away: nothing is lost, queued messages wait for its next GET
        } finally {
            session.closeStream();
        }
    }
}
