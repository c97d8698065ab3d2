package dev.mcpee.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** A tool's inputSchema and outputSchema, and the object/wrapped decision. */
class ToolSchemaTest {

    record Visit(LocalDate date, @Size(max = 200) String reason) {
    }

    record Pet(long id, String name) {
    }

    /** A tool method as the extension would see it. */
    @SuppressWarnings("unused")
    static Pet bookVisit(long petId, @NotBlank @Size(max = 40) String vet, Visit visit, Optional<Integer> priority,
            @Min(1) @Max(10) int slots, List<String> notes) {
        return null;
    }

    @Test
    void inputSchemaWithDescriptionsDefaultsAndDefs() throws Exception {
        Method m = ToolSchemaTest.class.getDeclaredMethod("bookVisit", long.class, String.class, Visit.class,
                Optional.class, int.class, List.class);
        List<SchemaProperty> props = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            String description = p.getName().equals("petId") ? "The pet's id" : null;
            JsonValue dflt = p.getName().equals("slots") ? Json.createValue(1) : null;
            boolean required = p.getType().isPrimitive() || JsonSchemaGenerator.impliesRequired(p.getAnnotations());
            props.add(new SchemaProperty(p.getName(), p.getParameterizedType(), p.getAnnotations(), description,
                    required && dflt == null, dflt));
        }
        Golden.assertMatches("input-schema.json", new JsonSchemaGenerator().inputSchema(props));
    }

    @Test
    void inputSchemaOmitsEmptyRequiredAndDefs() {
        JsonObject schema = new JsonSchemaGenerator().inputSchema(List.of(
                new SchemaProperty("q", String.class, new Annotation[0], null, false, null)));
        assertEquals(Fixtures.obj("{'$schema':'https://json-schema.org/draft/2020-12/schema','type':'object',"
                + "'properties':{'q':{'type':'string'}}}"), schema);
    }

    @Test
    void strictInputSchemaRefusesUndeclaredArguments() {
        JsonObject schema = new JsonSchemaGenerator().inputSchema(List.of(
                new SchemaProperty("q", String.class, new Annotation[0], null, false, null)), false);
        assertEquals(false, schema.getBoolean("additionalProperties"));
        assertEquals(java.util.Optional.of("unexpected argument 'x'"), SchemaValidator.compile(schema)
                .validate(Fixtures.obj("{'q':'a','x':1}"), "argument"));
        assertEquals(java.util.Optional.empty(), SchemaValidator.compile(new JsonSchemaGenerator().inputSchema(
                List.of(new SchemaProperty("q", String.class, new Annotation[0], null, false, null))))
                .validate(Fixtures.obj("{'q':'a','x':1}"), "argument"), "allowed by default");
    }

    @Test
    void duplicatePropertyNamesAreRejected() {
        SchemaProperty q = new SchemaProperty("q", String.class, new Annotation[0], null, false, null);
        assertThrows(IllegalArgumentException.class, () -> new JsonSchemaGenerator().inputSchema(List.of(q, q)));
    }

    @Test
    void outputSchemaOfRecordIsTheRecordItself() {
        Golden.assertMatches("output-record.json", new JsonSchemaGenerator().outputSchema(Pet.class));
    }

    @Test
    void outputSchemaOfListIsWrappedAsResult() throws Exception {
        Golden.assertMatches("output-list.json",
                new JsonSchemaGenerator().outputSchema(Fixtures.fieldType(Holder.class, "pets")));
    }

    @Test
    void outputSchemaUnwrapsCompletionStageAndOptional() throws Exception {
        JsonObject async = new JsonSchemaGenerator().outputSchema(Fixtures.fieldType(Holder.class, "async"));
        assertEquals(new JsonSchemaGenerator().outputSchema(Pet.class), async);
        JsonObject maybeList = new JsonSchemaGenerator().outputSchema(Fixtures.fieldType(Holder.class, "maybeList"));
        assertFalse(maybeList.containsKey("required"), "an empty Optional has no result");
        JsonObject scalar = new JsonSchemaGenerator().outputSchema(int.class);
        assertEquals(Fixtures.obj("{'type':'integer','minimum':-2147483648,'maximum':2147483647}"),
                scalar.getJsonObject("properties").getJsonObject("result"));
        assertThrows(IllegalArgumentException.class, () -> new JsonSchemaGenerator().outputSchema(void.class));
    }

    @Test
    void mapsToJsonObjectDecidesWrapping() {
        assertTrue(JsonSchemaGenerator.mapsToJsonObject(Pet.class));
        assertTrue(JsonSchemaGenerator.mapsToJsonObject(ObjectSchemaTest.Dog.class));
        assertTrue(JsonSchemaGenerator.mapsToJsonObject(Fixtures.fieldType(Holder.class, "byName")));
        assertTrue(JsonSchemaGenerator.mapsToJsonObject(Fixtures.fieldType(Holder.class, "async")));
        assertTrue(JsonSchemaGenerator.mapsToJsonObject(Fixtures.fieldType(Holder.class, "maybePet")));
        assertFalse(JsonSchemaGenerator.mapsToJsonObject(Fixtures.fieldType(Holder.class, "pets")));
        assertFalse(JsonSchemaGenerator.mapsToJsonObject(Fixtures.fieldType(Holder.class, "byId")));
        assertFalse(JsonSchemaGenerator.mapsToJsonObject(Fixtures.fieldType(Holder.class, "maybeList")));
        assertFalse(JsonSchemaGenerator.mapsToJsonObject(String.class));
        assertFalse(JsonSchemaGenerator.mapsToJsonObject(Pet[].class));
        assertFalse(JsonSchemaGenerator.mapsToJsonObject(ContainerSchemaTest.Color.class));
        assertFalse(JsonSchemaGenerator.mapsToJsonObject(Object.class));
        assertFalse(JsonSchemaGenerator.mapsToJsonObject(Runnable.class));
    }

    @Test
    void recursiveRootKeepsItsDef() {
        JsonObject schema = new JsonSchemaGenerator().outputSchema(ObjectSchemaTest.TreeNode.class);
        assertEquals("object", schema.getString("type"));
        assertTrue(schema.getJsonObject("$defs").containsKey("TreeNode"));
    }

    /** Fields whose generic types the tests use. */
    @SuppressWarnings("unused")
    static final class Holder {
        List<Pet> pets;
        Map<String, Pet> byName;
        Map<Long, Pet> byId;
        CompletionStage<Pet> async;
        Optional<Pet> maybePet;
        Optional<Set<Pet>> maybeList;
    }
}
