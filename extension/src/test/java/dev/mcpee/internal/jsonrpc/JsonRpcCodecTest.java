package dev.mcpee.internal.jsonrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonRpcCodecTest {

    private static JsonRpcMessage decode(String json) {
        return JsonRpcCodec.decode(Json.parse(json));
    }

    @Test
    void requestWithParams() {
        JsonRpcMessage.Request r = assertInstanceOf(JsonRpcMessage.Request.class,
                decode("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\",\"params\":{\"cursor\":\"x\"}}"));
        assertEquals("tools/list", r.method());
        assertEquals(Json.parse("7"), r.id());
        assertEquals("x", r.params().getString("cursor"));
    }

    @Test
    void requestWithoutParamsGetsEmptyObject() {
        JsonRpcMessage.Request r = assertInstanceOf(JsonRpcMessage.Request.class,
                decode("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"ping\"}"));
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, r.params());
        assertEquals(Json.string("a"), r.id());
    }

    @Test
    void notificationHasNoId() {
        JsonRpcMessage.Notification n = assertInstanceOf(JsonRpcMessage.Notification.class,
                decode("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
        assertEquals("notifications/initialized", n.method());
    }

    @Test
    void responsesAreRecognised() {
        assertInstanceOf(JsonRpcMessage.Response.class, decode("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}"));
        assertInstanceOf(JsonRpcMessage.Response.class,
                decode("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":1,\"message\":\"x\"}}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]|JSON-RPC batches are not supported: send one message per request",
        "\"hello\"|A JSON-RPC message must be a JSON object",
        "{\"id\":1,\"method\":\"ping\"}|\"jsonrpc\" must be \"2.0\"",
        "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}|\"jsonrpc\" must be \"2.0\"",
        "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}|\"id\" must be a string or an integer",
        "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}|\"id\" must be a string or an integer",
        "{\"jsonrpc\":\"2.0\",\"id\":1}|\"method\" is missing",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":3}|\"method\" must be a string",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":[1]}|\"params\" must be an object"
    })
    void invalidMessagesAreInvalidRequests(String json, String message) {
        JsonRpcError e = assertThrows(JsonRpcError.class, () -> decode(json));
        assertEquals(JsonRpcError.INVALID_REQUEST, e.code());
        assertEquals(message, e.getMessage());
    }

    @Test
    void salvagesTheIdOfABrokenRequest() {
        assertEquals(Json.parse("5"), JsonRpcCodec.salvageId(Json.parse("{\"id\":5,\"method\":3}")));
        assertEquals(JsonValue.NULL, JsonRpcCodec.salvageId(Json.parse("[1]")));
        assertEquals(JsonValue.NULL, JsonRpcCodec.salvageId(Json.parse("{\"id\":true}")));
    }

    @Test
    void writesResultsAndErrors() {
        assertEquals(Json.parse("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"a\":1}}"),
                JsonRpcCodec.result(Json.parse("3"), Json.parse("{\"a\":1}").asJsonObject()));
        assertEquals(Json.parse("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"bad\"}}"),
                JsonRpcCodec.error(JsonValue.NULL, JsonRpcError.PARSE_ERROR, "bad"));
    }

    @Test
    void exactlyOneValuePerBody() {
        assertEquals(Json.parse("{\"a\":1}"), Json.read(" {\"a\":1} \n".getBytes(StandardCharsets.UTF_8), 64));
        for (String body : new String[] {"{\"a\":1} {\"b\":2}", "{\"a\":1}}garbage", ""}) {
            assertThrows(JsonException.class, () -> Json.read(body.getBytes(StandardCharsets.UTF_8), 64), body);
        }
    }

    @Test
    void bodiesAreUtf8WithAnOptionalByteOrderMark() {
        byte[] text = "{\"name\":\"Zoë ✓\"}".getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);
        assertEquals("Zoë ✓", Json.read(text, 64).asJsonObject().getString("name"));
        assertEquals("Zoë ✓", Json.read(marked, 64).asJsonObject().getString("name"));
        // UTF-16 is not JSON between systems (RFC 8259 section 8.1): refused like any other non-JSON body.
        assertThrows(JsonException.class, () -> Json.read("{\"a\":1}".getBytes(StandardCharsets.UTF_16), 64));
    }

    @Test
    void serializedObjectsAreWrittenAsTheirTextAndScalarsAsTheProviderEscapesThem() {
        JsonObject message = Json.object().add("structured", new SerializedObject("{\"b\": [1, 2.5e3, true]}"))
                .add("text", "say \"hi\"\n\\ \u0001 é").add("plain", "plain").add("n", 12).add("x", JsonValue.NULL)
                .add("list", Json.array().add(false).add(Json.object())).build();
        String written = new String(Json.bytes(message), StandardCharsets.UTF_8);
        assertEquals("{\"structured\":{\"b\": [1, 2.5e3, true]},\"text\":\"say \\\"hi\\\"\\n\\\\ \\u0001 é\","
                + "\"plain\":\"plain\",\"n\":12,\"x\":null,\"list\":[false,{}]}", written);
        assertEquals(message.getString("text"), Json.parse(written).asJsonObject().getString("text"));
        assertEquals(2500, Json.parse(written).asJsonObject().getJsonObject("structured").getJsonArray("b")
                .getJsonNumber(1).intValue());
    }
}
