package dev.mcpee.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SseParserTest {

    /** Every event of a whole stream, lines split as BufferedReader splits them (CR, LF, CRLF). */
    private static List<SseParser.Event> events(String stream) throws IOException {
        SseParser parser = new SseParser();
        List<SseParser.Event> events = new ArrayList<>();
        BufferedReader in = new BufferedReader(new StringReader(stream));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            SseParser.Event e = parser.line(line);
            if (e != null) {
                events.add(e);
            }
        }
        return events;
    }

    @Test
    void dataLinesAreJoinedAndTheEventEndsAtABlankLine() throws IOException {
        assertEquals(List.of(new SseParser.Event("", "message", "{\"a\":\n1}")), events("data: {\"a\":\ndata: 1}\n\n"));
    }

    @Test
    void anyLineEndWorks() throws IOException {
        assertEquals(List.of(new SseParser.Event("", "message", "one"), new SseParser.Event("", "message", "two"),
                new SseParser.Event("", "message", "three")), events("data: one\r\n\r\ndata: two\r\rdata: three\n\n"));
    }

    @Test
    void theLastIdStaysUntilAnotherAndTheTypeResetsPerEvent() throws IOException {
        assertEquals(List.of(new SseParser.Event("s_1", "ping", ""), new SseParser.Event("s_1", "message", "x"),
                new SseParser.Event("s_2", "message", "y")),
                events("id: s_1\nevent: ping\ndata\n\ndata: x\n\nid: s_2\ndata: y\n\n"));
    }

    @Test
    void commentsRetryAndUnknownFieldsAreIgnored() throws IOException {
        assertEquals(List.of(new SseParser.Event("", "message", "x")),
                events(": keep-alive\nretry: 500\nfoo: bar\ndata: x\n\n: later\n\n"));
    }

    @Test
    void onlyOneSpaceAfterTheColonIsDroppedAndAByteOrderMarkIsSkipped() throws IOException {
        assertEquals(List.of(new SseParser.Event("", "message", " two spaces")), events("\uFEFFdata:  two spaces\n\n"));
    }

    @Test
    void blankLinesWithoutDataDispatchNothing() throws IOException {
        assertEquals(List.of(), events("id: 7\nretry: 100\n\n\n"));
    }

    @Test
    void anEventCutOffByTheEndOfTheStreamIsNotDispatched() throws IOException {
        assertEquals(List.of(new SseParser.Event("", "message", "whole")), events("data: whole\n\ndata: cut"));
    }
}
