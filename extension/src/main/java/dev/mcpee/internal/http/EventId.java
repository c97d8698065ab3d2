package dev.mcpee.internal.http;

/**
 * A server-sent event id: {@code <stream id>_<sequence>}, the stream id random and unique within the session,
 * so ids never repeat within a session and name the one stream a client resumes. This type both writes and
 * reads the form.
 *
 * @param streamId the stream
 * @param sequence the event's place in the stream
 */
record EventId(String streamId, int sequence) {

    /**
     * Reads a {@code Last-Event-ID} header.
     *
     * @param header the header, or null
     * @return the id, or null when it is not an id of ours
     */
    static EventId parse(String header) {
        int underscore = header == null ? -1 : header.lastIndexOf('_');
        if (underscore <= 0) {
            return null;
        }
        try {
            int sequence = Integer.parseInt(header.substring(underscore + 1));
            return sequence < 0 ? null : new EventId(header.substring(0, underscore), sequence);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return streamId + "_" + sequence;
    }
}
