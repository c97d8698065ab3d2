package dev.mcpee.internal.schema;

import static dev.mcpee.internal.schema.Fixtures.json;
import static dev.mcpee.internal.schema.Fixtures.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keywords about single values: type, enum, numeric bounds, lengths, pattern, format, contentEncoding. */
class ValidatorScalarTest {

    /** Validates {@code instance} against {@code schema} and returns the message or "ok". */
    private static String check(String schema, String instance) {
        return SchemaValidator.compile(obj(schema)).validate(json(instance), "value").orElse("ok");
    }

    @Test
    void typeIntegerVersusNumber() {
        assertEquals("ok", check("{'type':'integer'}", "3"));
        assertEquals("ok", check("{'type':'integer'}", "3.0"));
        assertEquals("ok", check("{'type':'integer'}", "1e2"));
        assertEquals("value: expected an integer, got 3.5", check("{'type':'integer'}", "3.5"));
        assertEquals("value: expected an integer, got a string", check("{'type':'integer'}", "\"3\""));
        assertEquals("ok", check("{'type':'number'}", "3.5"));
        assertEquals("value: expected a number, got null", check("{'type':'number'}", "null"));
    }

    @Test
    void typeOtherNamesAndLists() {
        assertEquals("ok", check("{'type':'boolean'}", "false"));
        assertEquals("value: expected a boolean, got a string", check("{'type':'boolean'}", "\"true\""));
        assertEquals("value: expected an object, got an array", check("{'type':'object'}", "[]"));
        assertEquals("value: expected an array, got an object", check("{'type':'array'}", "{}"));
        assertEquals("ok", check("{'type':['string','null']}", "null"));
        assertEquals("value: expected a string or null, got a number", check("{'type':['string','null']}", "1"));
    }

    @Test
    void enumComparesJsonValues() {
        assertEquals("ok", check("{'enum':['RED','GREEN']}", "\"RED\""));
        assertEquals("value: must be one of \"RED\", \"GREEN\"", check("{'enum':['RED','GREEN']}", "\"red\""));
        assertEquals("ok", check("{'enum':[1, [true], null]}", "1.0"));
        assertEquals("ok", check("{'enum':[1, [true], null]}", "[true]"));
        assertTrue(check("{'enum':[1, [true], null]}", "2").startsWith("value: must be one of"));
    }

    @Test
    void numericBounds() {
        String schema = "{'minimum':1,'maximum':10}";
        assertEquals("ok", check(schema, "1"));
        assertEquals("ok", check(schema, "10"));
        assertEquals("value: must be at least 1", check(schema, "0.99"));
        assertEquals("value: must be at most 10", check(schema, "10.5"));
        String exclusive = "{'exclusiveMinimum':0,'exclusiveMaximum':0.5}";
        assertEquals("ok", check(exclusive, "0.25"));
        assertEquals("value: must be greater than 0", check(exclusive, "0"));
        assertEquals("value: must be less than 0.5", check(exclusive, "0.5"));
        assertEquals("value: must be at most 2147483647",
                check("{'type':'integer','maximum':2147483647}", "2147483648"));
        assertEquals("ok", check(schema, "\"not a number\""), "bounds ignore non-numbers");
    }

    @Test
    void lengthCountsCodePoints() {
        String schema = "{'minLength':1,'maxLength':2}";
        assertEquals("ok", check(schema, "\"\uD83D\uDE00\uD83D\uDE00\""), "two emoji are two code points");
        assertEquals("value: must be at most 2 characters", check(schema, "\"abc\""));
        assertEquals("value: must be at least 1 character", check(schema, "\"\""));
        assertEquals("ok", check(schema, "5"));
    }

    @Test
    void patternIsSearchedNotMatched() {
        assertEquals("ok", check("{'pattern':'b+'}", "\"abbc\""));
        assertEquals("value: must match the pattern ^(?:[a-z]+)$", check("{'pattern':'^(?:[a-z]+)$'}", "\"ab1\""));
        assertEquals("value: must not be blank", check("{'pattern':'\\\\S'}", "\"  \""));
    }

    @Test
    void dateTimeDateAndTimeFormats() {
        assertEquals("ok", check("{'format':'date-time'}", "\"2024-01-02T03:04:05Z\""));
        assertEquals("ok", check("{'format':'date-time'}", "\"2024-01-02t03:04:05.123456789+02:00\""));
        assertEquals("value: expected a string in format date-time", check("{'format':'date-time'}", "\"2024-01-02T03:04:05\""));
        assertEquals("value: expected a string in format date-time", check("{'format':'date-time'}", "\"2024-02-30T03:04:05Z\""));
        assertEquals("ok", check("{'format':'date'}", "\"2024-02-29\""));
        assertEquals("value: expected a string in format date", check("{'format':'date'}", "\"2023-02-29\""));
        assertEquals("value: expected a string in format date", check("{'format':'date'}", "\"2024-1-2\""));
        assertEquals("ok", check("{'format':'time'}", "\"03:04:05+01:00\""));
        assertEquals("value: expected a string in format time", check("{'format':'time'}", "\"03:04:05\""));
        assertEquals("value: expected a string in format time", check("{'format':'time'}", "\"24:00:00Z\""));
    }

    @Test
    void durationUuidEmailUriFormats() {
        assertEquals("ok", check("{'format':'duration'}", "\"P1Y2M3DT4H5M6.5S\""));
        assertEquals("ok", check("{'format':'duration'}", "\"P2W\""));
        assertEquals("ok", check("{'format':'duration'}", "\"PT1H1S\""));
        assertEquals("value: expected a string in format duration", check("{'format':'duration'}", "\"PT\""));
        assertEquals("value: expected a string in format duration", check("{'format':'duration'}", "\"P1D2H\""));
        assertEquals("ok", check("{'format':'uuid'}", "\"123e4567-E89B-12d3-a456-426614174000\""));
        assertEquals("value: expected a string in format uuid", check("{'format':'uuid'}", "\"123e4567e89b12d3a456426614174000\""));
        assertEquals("ok", check("{'format':'email'}", "\"a.b@example.org\""));
        assertEquals("value: expected a string in format email", check("{'format':'email'}", "\"a b@example.org\""));
        assertEquals("value: expected a string in format email", check("{'format':'email'}", "\"ab.example.org\""));
        assertEquals("ok", check("{'format':'uri'}", "\"https://example.org/a?b=c#d\""));
        assertEquals("value: expected a string in format uri", check("{'format':'uri'}", "\"/relative/path\""));
        assertEquals("value: expected a string in format uri", check("{'format':'uri'}", "\"http://exa mple.org\""));
        assertEquals("ok", check("{'format':'hostname'}", "\"not checked!\""), "unknown formats only annotate");
        assertEquals("ok", check("{'format':'date'}", "20240102"), "formats ignore non-strings");
    }

    @Test
    void contentEncodingBase64() {
        assertEquals("ok", check("{'contentEncoding':'base64'}", "\"AQL9\""));
        assertEquals("value: must be base64-encoded", check("{'contentEncoding':'base64'}", "\"AQL\""));
        assertEquals("value: must be base64-encoded", check("{'contentEncoding':'base64'}", "\"A*L9\""));
    }

    @Test
    void validInstanceGivesEmpty() {
        assertEquals(Optional.empty(), SchemaValidator.compile(obj("{'type':'string'}")).validate(json("\"x\""), "v"));
    }
}
