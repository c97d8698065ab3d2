package dev.mcpee.internal.session;

import java.time.Duration;

/** Every time limit of the event streams, in one place, each with its reason. */
public final class StreamTimings {

    /**
     * How often a silent stream sends a keep-alive comment: proxies close idle connections (often after 30 to
     * 60 s), and a write is the only way a stream learns its client has gone.
     */
    public static final Duration KEEP_ALIVE = Duration.ofSeconds(5);

    /**
     * How long a claimed server-to-client stream may take to start writing before its claim is given up: a
     * container that failed before writing the response must not block the session's stream for good.
     */
    public static final Duration START_LEASE = Duration.ofSeconds(30);

    /**
     * How long a client resuming the session's stream waits for the old connection to let go before it gets
     * 409: the old stream leaves at its next check, which a wake-up makes immediate.
     */
    public static final Duration TAKEOVER = Duration.ofSeconds(2);

    /** The SSE {@code retry} sent when a stream closes early: how long the client waits before reconnecting. */
    public static final Duration RECONNECT = Duration.ofSeconds(3);

    /** The longest a GET stream stays open; it closes with {@code retry} and the client reconnects. */
    public static final Duration SERVER_STREAM_MAX = Duration.ofMinutes(10);

    private StreamTimings() {
    }

    /**
     * How long a GET stream stays open: half the idle timeout, at most {@link #SERVER_STREAM_MAX}, so it closes
     * well before the session could expire (the reconnect keeps the session alive).
     *
     * @param idleTimeout {@code mcp.session.idle-timeout}
     * @return the time
     */
    public static Duration serverStreamOpen(Duration idleTimeout) {
        Duration half = idleTimeout.dividedBy(2);
        return half.compareTo(SERVER_STREAM_MAX) > 0 ? SERVER_STREAM_MAX : half;
    }
}
