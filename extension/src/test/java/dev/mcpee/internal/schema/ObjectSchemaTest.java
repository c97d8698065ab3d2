package dev.mcpee.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Schemas of records, POJOs, nested, repeated, generic and recursive object types. */
class ObjectSchemaTest {

    record Owner(String name, @JsonbProperty("phone_number") String phone, int age) {
    }

    record Visit(LocalDate date, String reason) {
    }

    record Pet(long id, String name, Owner owner, List<Visit> visits, Optional<Owner> coOwner) {
    }

    /** Base class: its properties come first in JSON-B order. */
    public static class Animal {
        public String zooId;
        private int legs;

        public int getLegs() {
            return legs;
        }

        public void setLegs(int legs) {
            this.legs = legs;
        }
    }

    /** A JavaBean mixing public fields, accessors, read-only, write-only, transient and renamed. */
    public static class Dog extends Animal {
        public String breed;
        public final String kind = "dog";
        @JsonbTransient
        public String secret;
        public transient String cache;
        private String name;
        private boolean goodBoy;
        private String password;
        private int hidden;
        private String url;

        @JsonbProperty("dog_name")
        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isGoodBoy() {
            return goodBoy;
        }

        public void setGoodBoy(boolean goodBoy) {
            this.goodBoy = goodBoy;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getURL() {
            return url;
        }
    }

    public record TreeNode(String label, List<TreeNode> children) {
    }

    record Page<T>(List<T> items, int total) {
    }

    record Catalog(Page<Visit> visits, Page<Owner> owners, Map<String, Page<Visit>> archive) {
    }

    /** Same simple name as {@link ObjectSchemaTest.Owner}, different class. */
    static final class Other {
        record Owner(String company) {
        }
    }

    record TwoOwners(Owner person, Other.Owner company) {
    }

    @Test
    void recordUsesComponentOrderJsonbNamesAndPrimitiveRequired() {
        Golden.assertMatches("records.json", new JsonSchemaGenerator().outputSchema(Owner.class));
    }

    @Test
    void pojoFollowsJsonbVisibilityAndOrder() throws Exception {
        JsonObject schema = new JsonSchemaGenerator().outputSchema(Dog.class);
        Golden.assertMatches("pojos.json", schema);
        // The readable properties are exactly what Yasson writes, in the same order.
        try (Jsonb jsonb = JsonbBuilder.create()) {
            Dog dog = new Dog();
            dog.zooId = "z";
            dog.breed = "b";
            dog.setName("Rex");
            dog.url = "u";
            JsonObject written = Fixtures.json(jsonb.toJson(dog)).asJsonObject();
            List<String> readable = new ArrayList<>();
            schema.getJsonObject("properties").forEach((name, s) -> {
                if (!s.asJsonObject().containsKey("writeOnly")) {
                    readable.add(name);
                }
            });
            assertEquals(new ArrayList<>(written.keySet()), readable);
        }
    }

    @Test
    void nestedTypesGoToDefsOnceAndAreReferenced() {
        Golden.assertMatches("nested.json", new JsonSchemaGenerator().outputSchema(Pet.class));
    }

    @Test
    void recursiveTypeTerminatesThroughRef() {
        Golden.assertMatches("recursive.json", new JsonSchemaGenerator().outputSchema(TreeNode.class));
    }

    @Test
    void genericRecordsAreResolvedPerTypeArgument() {
        Golden.assertMatches("generics.json", new JsonSchemaGenerator().outputSchema(Catalog.class));
    }

    @Test
    void sameSimpleNameGetsQualifiedKey() {
        JsonObject defs = new JsonSchemaGenerator().outputSchema(TwoOwners.class).getJsonObject("$defs");
        assertEquals(List.of("Owner", Other.Owner.class.getName()), new ArrayList<>(defs.keySet()).stream()
                .sorted((a, b) -> a.length() - b.length()).toList());
        assertEquals("company", defs.getJsonObject(Other.Owner.class.getName()).getJsonObject("properties")
                .keySet().iterator().next());
    }
}
