package dev.mcpee.internal.jsonrpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Fuzzes the body decoder: any bytes are either one JSON-RPC message or a documented refusal ({@link JsonException}
 * for text that is not one JSON value, {@link JsonRpcError} for JSON that is not a message), and what decodes
 * is written as JSON that reads back to the same text. Seeds: {@code JsonRpcFuzzTestInputs/decodes}.
 */
class JsonRpcFuzzTest {

    @FuzzTest
    void decodes(byte[] body) {
        JsonValue value;
        try {
            value = Json.read(body, 64);
        } catch (JsonException e) {
            return; // 400 parse error
        }
        JsonValue id = JsonRpcCodec.salvageId(value);
        assertTrue(id == JsonValue.NULL || id.getValueType() == JsonValue.ValueType.STRING
                || id.getValueType() == JsonValue.ValueType.NUMBER, "a salvaged id is a string or a number: " + id);
        JsonRpcMessage message;
        try {
            message = JsonRpcCodec.decode(value);
        } catch (JsonRpcError e) {
            assertEquals(JsonRpcError.INVALID_REQUEST, e.code());
            return; // 400 invalid request
        }
        if (value instanceof JsonObject object) {
            // What the server's own tree writer writes is JSON that reads back to what it wrote (a lone
            // surrogate, invalid Unicode that JSON escapes can carry, is written as '?' by the UTF-8 encoding).
            byte[] written = Json.bytes(object);
            assertArrayEquals(written, Json.bytes(Json.read(written, 64).asJsonObject()));
        }
        assertTrue(message != null);
    }
}
