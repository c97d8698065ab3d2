package dev.mcpee.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Schemas of arrays, collections, maps and Optional. */
class ContainerSchemaTest {

    enum Color { RED, GREEN }

    record Collections(List<String> list, Set<Integer> set, Collection<Boolean> collection, Iterable<String> iterable,
            ArrayList<Long> arrayList, String[] array, int[][] matrix, byte[] bytes, List<List<Color>> nested) {
    }

    record Maps(Map<String, Integer> counts, HashMap<String, List<String>> tags, Map<Color, Double> byColor,
            EnumMap<Color, String> enumMap, SortedMap<String, Map<String, Boolean>> nested) {
    }

    record Optionals(Optional<String> text, Optional<List<Integer>> numbers, OptionalInt i, OptionalLong l,
            OptionalDouble d) {
    }

    @Test
    void collectionsAndArrays() {
        Golden.assertMatches("collections.json", new JsonSchemaGenerator().outputSchema(Collections.class));
    }

    @Test
    void maps() {
        Golden.assertMatches("maps.json", new JsonSchemaGenerator().outputSchema(Maps.class));
    }

    @Test
    void optionalsAreTheirContentAndNotRequired() {
        var schema = new JsonSchemaGenerator().outputSchema(Optionals.class);
        Golden.assertMatches("optional.json", schema);
        assertTrue(!schema.containsKey("required"), "no Optional component may be required");
    }

    @Test
    void byteArrayMatchesYassonsDefaultNumberArray() throws Exception {
        var schema = new JsonSchemaGenerator().schemaFor(byte[].class, new Annotation[0]);
        try (Jsonb jsonb = JsonbBuilder.create()) {
            JsonArray written = Fixtures.json(jsonb.toJson(new byte[] {-128, 0, 127})).asJsonArray();
            assertEquals(3, written.size());
            assertEquals(Optional.empty(), SchemaValidator.compile(schema).validate(written, "value"));
        }
        assertEquals("array", schema.getString("type"));
    }
}
