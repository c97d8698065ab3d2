package dev.mcpee.internal.transport;

import dev.mcpee.internal.http.EventStream;
import dev.mcpee.internal.http.HttpReply;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** Turns the transport-neutral {@link HttpReply} into a JAX-RS {@link Response}; nothing else. */
final class Replies {

    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;
    private static final MediaType EVENT_STREAM = MediaType.valueOf(HttpReply.EVENT_STREAM);

    private Replies() {
    }

    /**
     * The response for a reply.
     *
     * @param reply the reply
     * @return the same status, headers and body; an event stream is written by the container's streaming output
     */
    static Response of(HttpReply reply) {
        Response.ResponseBuilder builder = Response.status(reply.status());
        if (reply.contentType() != null) {
            builder.type(mediaType(reply.contentType()));
        }
        if (reply.body() != null) {
            builder.entity(reply.body());
        } else if (reply.stream() != null) {
            EventStream stream = reply.stream();
            builder.entity((StreamingOutput) stream::write);
        }
        reply.headers().forEach(builder::header);
        return builder.build();
    }

    /** The two media types the endpoint sends are parsed once, not per reply. */
    private static MediaType mediaType(String type) {
        return switch (type) {
            case HttpReply.JSON -> JSON;
            case HttpReply.EVENT_STREAM -> EVENT_STREAM;
            default -> MediaType.valueOf(type);
        };
    }
}
