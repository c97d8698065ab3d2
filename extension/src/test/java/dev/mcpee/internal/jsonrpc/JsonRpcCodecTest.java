package dev.mcpee.internal.jsonrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        assertEquals(Json.parse("{\"a\":1}"), Json.read(new java.io.ByteArrayInputStream(" {\"a\":1} \n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        for (String body : new String[] {"{\"a\":1} {\"b\":2}", "{\"a\":1}}garbage", ""}) {
            assertThrows(RuntimeException.class, () -> Json.read(new java.io.ByteArrayInputStream(
                    body.getBytes(java.nio.charset.StandardCharsets.UTF_8))), body);
        }
    }
}
