package dev.mcpee.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Reads the body of an answer: plain JSON, or an event stream up to the JSON-RPC response to the request,
 * collecting the notifications (progress, log messages) and server requests that come before it. Reading stops at
 * the response, so a stream the server keeps open does not hold the test.
 */
final class BodyReader {

    /** How much of a body is kept for failure messages. */
    private static final int KEEP = 8 * 1024;

    private final JsonValue id;
    private final StringBuilder kept = new StringBuilder();
    private final List<JsonObject> notifications = new ArrayList<>();
    private final List<JsonObject> serverRequests = new ArrayList<>();
    private JsonObject response;

    /**
     * A reader for the answer to one message.
     *
     * @param id the request's id, or null when the message was a notification or response
     */
    BodyReader(JsonValue id) {
        this.id = id;
    }

    /**
     * Reads a body.
     *
     * @param in          the body
     * @param contentType the response's {@code Content-Type}, or null
     * @throws IOException when reading fails (also when the deadline closed the stream)
     */
    void read(BufferedReader in, String contentType) throws IOException {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
            readEvents(in);
        } else {
            readJson(in);
        }
    }

    /**
     * What the reader holds now.
     *
     * @param status  the HTTP status
     * @param headers the response headers
     * @return the answer
     */
    Answer answer(int status, HttpHeaders headers) {
        return new Answer(status, headers, kept.toString(), response, notifications, serverRequests);
    }

    private void readEvents(BufferedReader in) throws IOException {
        SseParser parser = new SseParser();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            keep(line + "\n");
            SseParser.Event event = parser.line(line);
            if (event != null && take(event.data())) {
                return;
            }
        }
    }

    /** Takes one message of a stream; true when it is the response this reader waits for. */
    private boolean take(String data) {
        if (!(JsonValues.parse(data) instanceof JsonObject message)) {
            return false;
        }
        if (message.containsKey("method")) {
            (message.containsKey("id") ? serverRequests : notifications).add(message);
            return false;
        }
        JsonValue answered = message.get("id");
        boolean unattributed = answered == null || answered == JsonValue.NULL;
        if (sameId(id, answered) || (unattributed && message.containsKey("error"))) {
            response = message;
            return true;
        }
        return false;
    }

    private void readJson(BufferedReader in) throws IOException {
        StringBuilder body = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            body.append(buffer, 0, n);
        }
        keep(body.toString());
        if (JsonValues.parse(body.toString()) instanceof JsonObject message
                && (message.containsKey("result") || message.containsKey("error"))) {
            response = message;
        }
    }

    private void keep(String text) {
        int room = KEEP - kept.length();
        if (room > 0) {
            kept.append(text, 0, Math.min(room, text.length()));
            if (text.length() > room) {
                kept.append("...");
            }
        }
    }

    private static boolean sameId(JsonValue sent, JsonValue answered) {
        if (sent == null || answered == null) {
            return false;
        }
        if (sent instanceof JsonNumber a && answered instanceof JsonNumber b) {
            return a.bigDecimalValue().compareTo(b.bigDecimalValue()) == 0;
        }
        return sent.equals(answered);
    }
}
