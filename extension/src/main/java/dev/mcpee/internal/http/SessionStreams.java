package dev.mcpee.internal.http;

import java.time.Duration;

import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.session.Session;
import dev.mcpee.internal.session.StreamTimings;
import jakarta.json.JsonValue;

/**
 * GET on the endpoint for an admitted session: its server-to-client stream, new or resumed, or a call's
 * stream resumed with {@code Last-Event-ID}.
 */
final class SessionStreams {

    /** How long a GET stream stays open: well before the session could expire, since the reconnect keeps it. */
    private final Duration serverStreamOpen;

    /**
     * Creates the handling.
     *
     * @param idleTimeout {@code mcp.session.idle-timeout}, see {@link StreamTimings#serverStreamOpen}
     */
    SessionStreams(Duration idleTimeout) {
        serverStreamOpen = StreamTimings.serverStreamOpen(idleTimeout);
    }

    /**
     * The stream a GET asks for.
     *
     * @param session     the caller's session
     * @param lastEventId the {@code Last-Event-ID} the client resumes after, or null
     * @return the event stream, or 409 when the session's stream is in use
     */
    HttpReply open(Session session, EventId lastEventId) {
        if (lastEventId != null && lastEventId.streamId().equals(session.serverStreamId())) {
            return resumeServerStream(session, lastEventId.streamId(), lastEventId.sequence());
        }
        if (lastEventId != null && session.log().knows(lastEventId.streamId())) {
            return HttpReply.events(new ReplayStream(session, lastEventId.streamId(), lastEventId.sequence()));
        }
        // No id of ours: open the session's stream as usual.
        long generation = session.stream().open();
        if (generation == 0) {
            return streamBusy();
        }
        return HttpReply.events(new ServerStream(session, generation, session.primesStreams(),
                serverStreamOpen));
    }

    /**
     * The session's server-to-client stream, resumed after a lost connection: its missed events, then the
     * stream goes on. An open stream is asked to leave; one that does not within {@link StreamTimings#TAKEOVER} is
     * still in use (409).
     */
    private HttpReply resumeServerStream(Session session, String streamId, int after) {
        long generation;
        try {
            generation = session.stream().resume(StreamTimings.TAKEOVER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            generation = 0;
        }
        if (generation == 0) {
            return streamBusy();
        }
        if (!streamId.equals(session.serverStreamId())) {
            // While waiting, the stream left and another GET opened a new one, which was then asked to leave.
            session.stream().close(generation);
            return HttpReply.error(409, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                    "This session's stream was replaced by a new one; open it without Last-Event-ID");
        }
        return HttpReply.events(new ServerStream(session, generation, serverStreamOpen, streamId, after));
    }

    private static HttpReply streamBusy() {
        return HttpReply.error(409, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                "This session's stream is already open");
    }
}
