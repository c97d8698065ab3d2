package dev.mcpee.internal.schema;

import static dev.mcpee.internal.schema.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated schemas agree with Yasson: what Yasson writes validates, and what validates Yasson
 * reads without error.
 */
class YassonRoundTripTest {

    /** Public, as Yasson only binds public types. */
    public enum Color { RED, GREEN }

    public record Owner(String name, int age) {
    }

    public record Everything(boolean flag, byte b, short s, int i, long l, float f, double d, BigDecimal dec, BigInteger big,
            char c, String text, Color color, Instant instant, OffsetDateTime odt, ZonedDateTime zdt, LocalDate date,
            OffsetTime ot, LocalDateTime ldt, LocalTime lt, Duration dur, UUID uuid, URI uri, URL url,
            List<String> list, Set<Integer> set, byte[] bytes, int[][] matrix, Map<String, Integer> map,
            Map<Color, String> colorMap, Optional<String> opt, OptionalInt oi, Owner owner,
            List<ObjectSchemaTest.TreeNode> trees) {
    }

    private static Jsonb jsonb;
    private static JsonObject schema;
    private static SchemaValidator validator;

    @BeforeAll
    static void setUp() {
        jsonb = JsonbBuilder.create();
        schema = new JsonSchemaGenerator().outputSchema(Everything.class);
        validator = SchemaValidator.compile(schema);
    }

    @AfterAll
    static void tearDown() throws Exception {
        jsonb.close();
    }

    private static Everything sample() throws Exception {
        Map<Color, String> colorMap = new EnumMap<>(Color.class);
        colorMap.put(Color.GREEN, "go");
        var tree = new ObjectSchemaTest.TreeNode("root", List.of(new ObjectSchemaTest.TreeNode("leaf", List.of())));
        return new Everything(true, Byte.MIN_VALUE, Short.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, 1.5f, -2.25,
                new BigDecimal("12.50"), new BigInteger("123456789012345678901234567890"), 'x', "text", Color.GREEN,
                Instant.parse("2024-01-02T03:04:05.123Z"), OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)),
                ZonedDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneId.of("Europe/Paris")), LocalDate.of(2024, 2, 29),
                OffsetTime.of(3, 4, 0, 0, ZoneOffset.UTC), LocalDateTime.of(2024, 1, 2, 3, 4, 5, 1000),
                LocalTime.of(23, 59), Duration.ofSeconds(3601, 500_000_000), UUID.randomUUID(),
                URI.create("https://example.org/x"), new URL("https://example.org/y"), List.of("a", "b"),
                new LinkedHashSet<>(List.of(1, 2)), new byte[] {-1, 0, 1}, new int[][] {{1}, {2, 3}},
                Map.of("k", 1), colorMap, Optional.of("o"), OptionalInt.of(4), new Owner("Ann", 40), List.of(tree));
    }

    @Test
    void whatYassonWritesValidates() throws Exception {
        JsonValue written = json(jsonb.toJson(sample()));
        assertEquals(Optional.empty(), validator.validate(written, "result"));
    }

    @Test
    void writtenJsonReadsBackToTheSameJson() throws Exception {
        String first = jsonb.toJson(sample());
        String second = jsonb.toJson(jsonb.fromJson(first, Everything.class));
        assertEquals(json(first), json(second));
    }

    @Test
    void pojoOutputValidatesAndValidInputReads() {
        ObjectSchemaTest.Dog dog = new ObjectSchemaTest.Dog();
        dog.breed = "collie";
        dog.setLegs(4);
        SchemaValidator dogs = SchemaValidator.compile(new JsonSchemaGenerator().outputSchema(ObjectSchemaTest.Dog.class));
        assertEquals(Optional.empty(), dogs.validate(json(jsonb.toJson(dog)), "result"));
        String input = "{\"legs\":3,\"goodBoy\":true,\"name\":\"Rex\",\"password\":\"pw\"}";
        assertEquals(Optional.empty(), dogs.validate(json(input), "argument"));
        ObjectSchemaTest.Dog read = jsonb.fromJson(input, ObjectSchemaTest.Dog.class);
        assertEquals("Rex", read.getName());
        assertEquals(3, read.getLegs());
    }

    /** Instances that pass validation, covering the lenient edges of each mapping. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"flag\":false,\"b\":127,\"s\":-32768,\"i\":3.0,\"l\":1e2,\"f\":0,\"d\":1e-3,\"c\":\"\u00e9\"}",
        "{\"flag\":true,\"b\":0,\"s\":0,\"i\":2147483647,\"l\":-9223372036854775808,\"f\":1,\"d\":2,\"c\":\"z\","
            + "\"zdt\":\"2024-01-02T03:04:05+02:00\",\"ldt\":\"2024-01-02T03:04\",\"lt\":\"00:00\","
            + "\"dur\":\"PT1H1S\",\"instant\":\"2024-01-02t03:04:05z\",\"ot\":\"23:59:59.5-05:00\","
            + "\"odt\":\"2024-01-02T03:04:05.123456789+14:00\",\"date\":\"2000-02-29\"}",
        "{\"flag\":true,\"b\":0,\"s\":0,\"i\":0,\"l\":0,\"f\":0,\"d\":0,\"c\":\"c\",\"color\":\"RED\","
            + "\"colorMap\":{\"RED\":\"stop\"},\"set\":[3,1],\"bytes\":[-128,127],\"matrix\":[[],[1]],"
            + "\"map\":{},\"opt\":\"x\",\"oi\":7,\"owner\":{\"age\":1},\"trees\":[{\"label\":\"t\",\"children\":[]}],"
            + "\"zdt\":\"2024-01-02T03:04:05+01:00[Europe/Paris]\",\"dur\":\"P2DT0.5S\",\"big\":12,\"dec\":1.25e1,"
            + "\"uuid\":\"123E4567-e89b-12d3-a456-426614174000\",\"uri\":\"urn:isbn:123\",\"url\":\"http://h/p\"}"
    })
    void validInstancesDeserialize(String instance) {
        assertEquals(Optional.empty(), validator.validate(json(instance), "argument"));
        assertDoesNotThrow(() -> jsonb.fromJson(instance, Everything.class));
    }

    /** Instances Yasson would reject or silently corrupt are caught by the validator first. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"flag\":true,\"b\":0,\"s\":0,\"i\":2147483648,\"l\":0,\"f\":0,\"d\":0,\"c\":\"c\"}",
        "{\"flag\":true,\"b\":128,\"s\":0,\"i\":0,\"l\":0,\"f\":0,\"d\":0,\"c\":\"c\"}",
        "{\"flag\":true,\"b\":0,\"s\":0,\"i\":0,\"l\":0,\"f\":0,\"d\":0,\"c\":\"cc\"}",
        "{\"flag\":true,\"b\":0,\"s\":0,\"i\":0,\"l\":0,\"f\":0,\"d\":0,\"c\":\"c\",\"ldt\":\"2024-01-02T03:04:05Z\"}",
        "{\"flag\":true,\"b\":0,\"s\":0,\"i\":0,\"l\":0,\"f\":0,\"d\":0,\"c\":\"c\",\"dur\":\"P1Y\"}",
        "{\"flag\":true,\"b\":0,\"s\":0,\"i\":0,\"l\":0,\"f\":0,\"d\":0,\"c\":\"c\",\"color\":\"Red\"}",
        "{\"flag\":true,\"b\":0,\"s\":0,\"i\":0,\"l\":0,\"f\":0,\"d\":0,\"c\":\"c\",\"colorMap\":{\"BLUE\":\"x\"}}",
        "{\"flag\":true,\"b\":0,\"s\":0,\"i\":0,\"l\":0,\"f\":0,\"d\":0,\"c\":\"c\",\"date\":\"2023-02-29\"}",
        "{\"b\":0,\"s\":0,\"i\":0,\"l\":0,\"f\":0,\"d\":0,\"c\":\"c\"}"
    })
    void invalidInstancesAreRejected(String instance) {
        assertTrue(validator.validate(json(instance), "argument").isPresent(), instance);
    }
}
