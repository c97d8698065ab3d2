package dev.mcpee.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbDateFormat;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Types JSON Schema cannot describe faithfully fail at deployment with a message naming type and place. */
class UnsupportedTypeTest {

    record Pet(String name, Object owner) {
    }

    /** Adapter whose output shape is unknown to the generator. */
    public static class UpperAdapter implements JsonbAdapter<String, String> {
        @Override
        public String adaptToJson(String obj) {
            return obj.toUpperCase();
        }

        @Override
        public String adaptFromJson(String obj) {
            return obj;
        }
    }

    record Adapted(@JsonbTypeAdapter(UpperAdapter.class) String name) {
    }

    record Formatted(@JsonbDateFormat("dd.MM.yyyy") LocalDate date) {
    }

    record Box<T>(T value) {
    }

    /** Fields whose generic types the tests use. */
    @SuppressWarnings({"unused", "rawtypes"})
    static final class Holder<T> {
        List<?> wildcard;
        T variable;
        List raw;
        Serializable iface;
        Number abstractClass;
        List<CompletableFuture<String>> nestedFuture;
        List<Optional<String>> optionalElement;
        Map<Integer, String> intKeys;
        Date legacyDate;
        Box rawRecord;
    }

    private static UnsupportedTypeException fail(Type type) {
        return assertThrows(UnsupportedTypeException.class,
                () -> new JsonSchemaGenerator().schemaFor(type, new Annotation[0], "parameter 'p'"));
    }

    private static UnsupportedTypeException failField(String field) {
        return fail(Fixtures.fieldType(Holder.class, field));
    }

    @Test
    void objectPropertyMessageNamesTypePlaceAndAdvice() {
        UnsupportedTypeException e = fail(Pet.class);
        assertEquals("java.lang.Object (property 'owner' of record " + Pet.class.getName()
                + ") is not supported: declare a concrete type", e.getMessage());
        assertEquals("java.lang.Object", e.typeName());
    }

    @Test
    void wildcardsTypeVariablesAndRawTypes() {
        assertEquals("?", failField("wildcard").typeName());
        assertEquals("element of parameter 'p'", failField("wildcard").location());
        assertEquals("T", failField("variable").typeName());
        assertEquals("java.util.List", failField("raw").typeName());
        assertEquals(Box.class.getName(), failField("rawRecord").typeName());
    }

    @Test
    void interfacesAbstractAndUnknownJdkClasses() {
        assertEquals("parameter 'p'", failField("iface").location());
        failField("abstractClass");
        failField("legacyDate");
        fail(Object.class);
    }

    @Test
    void asyncAndOptionalOnlyWhereAllowed() {
        UnsupportedTypeException future = failField("nestedFuture");
        assertEquals("element of parameter 'p'", future.location());
        UnsupportedTypeException optional = failField("optionalElement");
        assertEquals("element of parameter 'p'", optional.location());
    }

    @Test
    void mapKeysMustBeStringsOrEnums() {
        UnsupportedTypeException e = failField("intKeys");
        assertEquals("java.lang.Integer", e.typeName());
        assertEquals("key of parameter 'p'", e.location());
    }

    @Test
    void customJsonbMappingsAreRejected() {
        assertEquals("property 'name' of record " + Adapted.class.getName(), fail(Adapted.class).location());
        assertEquals("property 'date' of record " + Formatted.class.getName(), fail(Formatted.class).location());
    }
}
