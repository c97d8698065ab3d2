package dev.mcpee.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class BodyReaderTest {

    private static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (a, b) -> true);

    private static Answer read(long id, String body, String contentType) throws IOException {
        BodyReader reader = new BodyReader(Json.createValue(id));
        reader.read(new BufferedReader(new StringReader(body)), contentType);
        return reader.answer(200, NONE);
    }

    @Test
    void aStreamIsReadUpToTheResponseToTheRequestCollectingWhatCameBefore() throws IOException {
        String stream = "id: 0_0\nretry: 1000\ndata:\n\n"
                + "id: 0_1\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\","
                + "\"params\":{\"progress\":1}}\n\n"
                + "id: 0_2\ndata: {\"jsonrpc\":\"2.0\",\"id\":\"s-1\",\"method\":\"roots/list\"}\n\n"
                + "id: 0_3\ndata: {\"jsonrpc\":\"2.0\",\"id\":6,\"result\":{\"other\":true}}\n\n"
                + "id: 0_4\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\n"
                + "data: \"params\":{\"level\":\"info\"}}\n\n"
                + ": keep-alive\n\n"
                + "id: 0_5\ndata: {\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"content\":[]}}\n\n";
        Answer answer = read(7, stream, "text/event-stream;charset=UTF-8");
        assertEquals(Json.createObjectBuilder().add("content", Json.createArrayBuilder()).build(),
                answer.response().getJsonObject("result"));
        assertEquals(List.of("notifications/progress", "notifications/message"),
                answer.notifications().stream().map(n -> n.getString("method")).toList());
        assertEquals(List.of("roots/list"), answer.serverRequests().stream().map(n -> n.getString("method")).toList());
    }

    @Test
    void readingStopsAtTheResponseSoAStreamLeftOpenDoesNotHoldTheTest() throws IOException {
        String response = "data: {\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{}}\n\n";
        Reader endless = new Reader() {
            private final StringReader start = new StringReader(response);

            @Override
            public int read(char[] buffer, int off, int len) throws IOException {
                int n = start.read(buffer, off, len);
                if (n < 0) {
                    throw new IOException("read past the response");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        BodyReader reader = new BodyReader(Json.createValue(3));
        reader.read(new BufferedReader(endless, 16), "text/event-stream");
        assertEquals(JsonObject.EMPTY_JSON_OBJECT, reader.answer(200, NONE).response().getJsonObject("result"));
    }

    @Test
    void anErrorWithoutIdAnswersTheRequestAndAStreamWithoutResponseLeavesNone() throws IOException {
        assertEquals(-32600, read(1, "data: {\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,"
                + "\"message\":\"x\"}}\n\n", "text/event-stream").response().getJsonObject("error").getInt("code"));
        Answer cut = read(1, "data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\"}\n\n",
                "text/event-stream");
        assertNull(cut.response());
        assertEquals(1, cut.notifications().size());
    }

    @Test
    void aJsonBodyIsTheResponseAndOtherBodiesAreKeptAsText() throws IOException {
        assertEquals(-32602, read(2, "{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-32602,\"message\":\"m\"}}",
                "application/json").response().getJsonObject("error").getInt("code"));
        Answer html = read(2, "<html>Forbidden</html>", "text/html");
        assertNull(html.response());
        assertTrue(html.describe().contains("<html>Forbidden</html>"), html.describe());
    }
}
