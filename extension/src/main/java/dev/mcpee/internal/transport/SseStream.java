package dev.mcpee.internal.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * A POST answered as a server-sent event stream: an optional priming event (an id with empty data, which
 * 2025-11-25 clients use to resume), then the JSON-RPC response as one event, then the stream closes. It is
 * written once the response is complete, so no container thread waits on a running tool. Event ids are
 * {@code <stream id>_<sequence>}; the stream id is random, so ids never repeat within a session.
 */
final class SseStream implements StreamingOutput {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] DATA_EMPTY = "data: \n\n".getBytes(StandardCharsets.US_ASCII);

    private final JsonObject response;
    private final boolean priming;
    private final String streamId;

    /**
     * Creates the stream.
     *
     * @param response the JSON-RPC response
     * @param priming  whether to send the priming event (revision 2025-11-25 and later)
     */
    SseStream(JsonObject response, boolean priming) {
        this.response = response;
        this.priming = priming;
        byte[] id = new byte[12];
        RANDOM.nextBytes(id);
        this.streamId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    @Override
    public void write(OutputStream out) throws IOException {
        int sequence = 0;
        if (priming) {
            id(out, sequence++);
            out.write(DATA_EMPTY);
            out.flush();
        }
        id(out, sequence);
        out.write("event: message\ndata: ".getBytes(StandardCharsets.US_ASCII));
        // JSON-P writes no raw newlines (they are escaped in strings), so one data line suffices.
        out.write(Json.bytes(response));
        out.write('\n');
        out.write('\n');
        out.flush();
    }

    private void id(OutputStream out, int sequence) throws IOException {
        out.write(("id: " + streamId + "_" + sequence + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
