package dev.mcpee.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptHeaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL|true|true",
        "application/json, text/event-stream|true|true",
        "application/json|true|false",
        "text/event-stream|false|true",
        "*/*|true|true",
        "text/html|false|false",
        "application/json;q=0, text/event-stream|false|true",
        "APPLICATION/JSON ; q=0.5|true|false",
        "application/*|true|false",
        // Found by HeaderFuzzTest: an empty range made the parser throw (a 500 for "Accept: ;").
        ";|false|false",
        "application/json, ;, ;q=1|true|false"
    })
    void parses(String header, boolean json, boolean sse) {
        assertEquals(new AcceptHeader(json, sse), AcceptHeader.parse(header));
    }
}
