package dev.mcpee.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mcpee.internal.jsonrpc.JsonRpcError;

/**
 * Fuzzes the header parsers: {@code Last-Event-ID}, {@code Accept}, {@code Content-Type}, {@code Content-Length},
 * the 2026-07-28 standard headers in plain and {@code =?base64?...?=} form, and the printable form headers are
 * logged in. None throws but the documented header mismatch ({@code -32020}); an event id that parses writes back
 * as the same header. Seeds: {@code HeaderFuzzTestInputs/parses}.
 */
class HeaderFuzzTest {

    @FuzzTest
    void parses(FuzzedDataProvider data) {
        String lastEventId = data.consumeString(200);
        EventId id = EventId.parse(lastEventId);
        if (id != null) {
            assertTrue(id.sequence() >= 0);
            assertEquals(id, EventId.parse(id.toString()));
        }
        AcceptHeader.parse(data.consumeString(200));
        RequestHeaders.isJson(data.consumeString(100));
        String length = data.consumeString(30);
        boolean more = RequestHeaders.declaresMoreThan(length, 1000);
        if (more) {
            assertTrue(Long.parseLong(length.strip()) > 1000, length);
        }
        String printable = RequestHeaders.printable(data.consumeString(200));
        assertTrue(printable == null || printable.chars().allMatch(c -> c >= 0x20 && c < 0x7f), printable);
        String raw = data.consumeRemainingAsString();
        try {
            String value = StandardHeaders.value(Map.of("Mcp-Name", raw)::get, "Mcp-Name");
            assertFalse(value == null);
        } catch (JsonRpcError e) {
            assertEquals(JsonRpcError.HEADER_MISMATCH, e.code());
        }
    }
}
