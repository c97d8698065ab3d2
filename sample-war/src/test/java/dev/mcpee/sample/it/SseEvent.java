package dev.mcpee.sample.it;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import jakarta.json.JsonObject;

/**
 * One server-sent event as a client parses it (the SSE rules for fields, comments and multi-line data).
 *
 * @param id    the last id seen ("" before any)
 * @param event the event type
 * @param data  the data
 */
public record SseEvent(String id, String event, String data) {

    /**
     * Every event of a whole stream, priming events included.
     *
     * @param stream the response body
     * @return the events
     */
    public static List<SseEvent> parse(String stream) {
        Iterator<String> lines = List.of(stream.split("\r\n|\r|\n", -1)).iterator();
        List<SseEvent> events = new ArrayList<>();
        String[] lastId = {""};
        for (SseEvent e = read(lines, lastId); e != null; e = read(lines, lastId)) {
            events.add(e);
        }
        return events;
    }

    /**
     * The next event carrying a JSON-RPC message (priming events skipped), read from a live stream.
     *
     * @param lines the stream's lines
     * @return the event
     * @throws AssertionError when the stream ends first
     */
    public static SseEvent nextMessage(Iterator<String> lines) {
        String[] lastId = {""};
        for (SseEvent e = read(lines, lastId); e != null; e = read(lines, lastId)) {
            if (e.data().startsWith("{")) {
                return e;
            }
        }
        throw new AssertionError("the stream ended without another message");
    }

    /**
     * The data as a JSON-RPC message.
     *
     * @return the message
     */
    public JsonObject json() {
        return McpHttp.parse(data).asJsonObject();
    }

    /** Reads up to the next dispatched event; null at the end of the stream. */
    private static SseEvent read(Iterator<String> lines, String[] lastId) {
        String event = "message";
        StringBuilder data = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.isEmpty()) {
                if (data != null) {
                    return new SseEvent(lastId[0], event, data.toString());
                }
                event = "message";
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "id" -> lastId[0] = value;
                case "event" -> event = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> {
                    // retry and unknown fields do not matter here
                }
            }
        }
        return null;
    }
}
