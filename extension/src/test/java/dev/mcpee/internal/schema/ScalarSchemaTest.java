package dev.mcpee.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Schemas of primitives, boxes, big numbers, strings, enums and java.time and other value types. */
class ScalarSchemaTest {

    record Primitives(boolean bool, Boolean boolBox, byte b, Byte bBox, short s, Short sBox, int i, Integer iBox,
            long l, Long lBox, float f, Float fBox, double d, Double dBox) {
    }

    record BigNumbers(BigDecimal decimal, BigInteger integer) {
    }

    /** An enum whose toString and @JsonbProperty must not leak into the schema: JSON-B uses name(). */
    enum Size {
        SMALL, @JsonbProperty("large") LARGE;

        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }

    record Texts(String text, char c, Character cBox, Size size) {
    }

    record Times(Instant instant, OffsetDateTime offsetDateTime, ZonedDateTime zoned, LocalDate date,
            OffsetTime offsetTime, LocalDateTime localDateTime, LocalTime localTime, Duration duration, UUID uuid,
            URI uri, URL url) {
    }

    @Test
    void primitivesAndBoxes() {
        Golden.assertMatches("primitives.json", new JsonSchemaGenerator().outputSchema(Primitives.class));
    }

    @Test
    void bigDecimalAndBigInteger() {
        Golden.assertMatches("big-numbers.json", new JsonSchemaGenerator().outputSchema(BigNumbers.class));
    }

    @Test
    void stringsCharsAndEnums() {
        Golden.assertMatches("strings-enums.json", new JsonSchemaGenerator().outputSchema(Texts.class));
    }

    @Test
    void javaTimeAndOtherFormats() {
        Golden.assertMatches("time-formats.json", new JsonSchemaGenerator().outputSchema(Times.class));
    }

    @Test
    void enumSchemaListsWhatYassonWrites() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            var schema = new JsonSchemaGenerator().schemaFor(Size.class, new java.lang.annotation.Annotation[0]);
            var names = schema.getJsonArray("enum").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
            var written = java.util.stream.Stream.of(Size.values())
                    .map(v -> jsonb.toJson(v).replace("\"", "")).toList();
            assertEquals(written, names);
        }
    }
}
