package dev.mcpee.test;

/**
 * Reads a {@code text/event-stream} line by line as an SSE client does (WHATWG HTML, "Interpreting an event
 * stream"): fields {@code id}, {@code event} and {@code data} (lines joined with {@code \n}), comments and unknown
 * fields ignored, an event dispatched by a blank line. Lines come already split at CR, LF or CRLF (as
 * {@link java.io.BufferedReader#readLine()} splits them). An event the stream ends in the middle of is not
 * dispatched.
 */
final class SseParser {

    /**
     * One dispatched event.
     *
     * @param id    the last event id seen on the stream so far ("" before any)
     * @param event the event type ({@code message} when the stream names none)
     * @param data  the data lines, joined with {@code \n}
     */
    record Event(String id, String event, String data) {
    }

    private boolean first = true;
    private String lastId = "";
    private String event = "";
    private StringBuilder data;

    /**
     * Takes the next line of the stream.
     *
     * @param line the line, without its end
     * @return the event this line dispatches, or null
     */
    Event line(String line) {
        if (first) {
            first = false;
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
        }
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            return null;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "id" -> {
                if (value.indexOf('\0') < 0) {
                    lastId = value;
                }
            }
            case "event" -> event = value;
            case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            default -> {
                // retry and unknown fields change nothing a test looks at
            }
        }
        return null;
    }

    private Event dispatch() {
        StringBuilder d = data;
        String type = event.isEmpty() ? "message" : event;
        data = null;
        event = "";
        return d == null ? null : new Event(lastId, type, d.toString());
    }
}
