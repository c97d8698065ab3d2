package dev.mcpee.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class StatelessHeadersTest {

    @Test
    void aRequestNamesItsMethodAndTarget() {
        assertEquals(Map.of("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "resources/read", "Mcp-Name",
                "vetassist://pets/1"),
                StatelessHeaders.of(Revision.V2026_07_28, "resources/read", "vetassist://pets/1"));
        assertEquals(Map.of("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list"),
                StatelessHeaders.of(Revision.V2026_07_28, "tools/list", null));
    }

    @Test
    void valuesAHeaderCannotCarryAreBase64() {
        assertEquals("greet", StatelessHeaders.value("greet"));
        assertEquals("=?base64?w6lsw6h2ZQ==?=", StatelessHeaders.value("élève"));
        assertEquals("=?base64?IHBhZGRlZCA=?=", StatelessHeaders.value(" padded "));
        assertEquals("=?base64?YQpi?=", StatelessHeaders.value("a\nb"));
    }
}
