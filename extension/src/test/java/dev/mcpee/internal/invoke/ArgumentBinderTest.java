package dev.mcpee.internal.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArgumentBinderTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** A structured argument type. */
    public record Visit(LocalDate date, List<String> reasons) {
    }

    /** An enum argument type. */
    public enum Size { SMALL, LARGE }

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    private static ArgumentBinder binder(Type type, boolean required, JsonValue defaultValue,
                                         ArgumentBinder.Wrapper wrapper) {
        return new ArgumentBinder("x", required, defaultValue, wrapper, ValueConverter.forType(type, JSONB));
    }

    private static JsonObject args(String json) {
        return Json.parse(json).asJsonObject();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int|{\"x\":42}|42",
        "long|{\"x\":9007199254740993}|9007199254740993",
        "short|{\"x\":7}|7",
        "byte|{\"x\":-3}|-3",
        "double|{\"x\":2.5}|2.5",
        "float|{\"x\":1}|1.0",
        "boolean|{\"x\":true}|true",
        "String|{\"x\":\"hé\"}|hé",
        "BigDecimal|{\"x\":12.50}|12.50"
    })
    void scalars(String type, String arguments, String expected) {
        Type t = switch (type) {
            case "int" -> int.class;
            case "long" -> long.class;
            case "short" -> short.class;
            case "byte" -> byte.class;
            case "double" -> double.class;
            case "float" -> float.class;
            case "boolean" -> boolean.class;
            case "String" -> String.class;
            default -> BigDecimal.class;
        };
        assertEquals(expected, String.valueOf(binder(t, true, null, ArgumentBinder.Wrapper.NONE).bind(args(arguments))));
    }

    @Test
    void enumsAndStructuredTypes() {
        assertEquals(Size.LARGE, binder(Size.class, true, null, ArgumentBinder.Wrapper.NONE)
                .bind(args("{\"x\":\"LARGE\"}")));
        assertEquals(new Visit(LocalDate.of(2026, 12, 1), List.of("a", "b")),
                binder(Visit.class, true, null, ArgumentBinder.Wrapper.NONE)
                        .bind(args("{\"x\":{\"date\":\"2026-12-01\",\"reasons\":[\"a\",\"b\"]}}")));
        assertEquals(Map.of("k", 1), binder(new jakarta.enterprise.util.TypeLiteral<Map<String, Integer>>() {
        }.getType(), true, null, ArgumentBinder.Wrapper.NONE).bind(args("{\"x\":{\"k\":1}}")));
    }

    @Test
    void absentValues() {
        assertEquals(Optional.empty(), binder(String.class, false, null, ArgumentBinder.Wrapper.OPTIONAL)
                .bind(args("{}")));
        assertEquals(Optional.of("a"), binder(String.class, false, null, ArgumentBinder.Wrapper.OPTIONAL)
                .bind(args("{\"x\":\"a\"}")));
        assertEquals(OptionalInt.of(4), binder(Integer.class, false, null, ArgumentBinder.Wrapper.OPTIONAL_INT)
                .bind(args("{\"x\":4}")));
        assertNull(binder(String.class, false, null, ArgumentBinder.Wrapper.NONE).bind(args("{\"x\":null}")));
        assertEquals(5, binder(int.class, false, Json.parse("5"), ArgumentBinder.Wrapper.NONE).bind(args("{}")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int|{}|Missing required argument 'x'",
        "int|{\"x\":\"1\"}|Invalid argument 'x': expected an integer",
        "int|{\"x\":1.5}|Invalid argument 'x': expected an integer",
        "int|{\"x\":2147483648}|Invalid argument 'x': the value does not fit the argument's schema",
        "byte|{\"x\":300}|Invalid argument 'x': the value does not fit the argument's schema",
        "boolean|{\"x\":\"true\"}|Invalid argument 'x': expected a boolean",
        "String|{\"x\":3}|Invalid argument 'x': expected a string",
        "Size|{\"x\":\"MEDIUM\"}|Invalid argument 'x': expected one of [SMALL, LARGE]",
        "Visit|{\"x\":{\"date\":\"soon\"}}|Invalid argument 'x': the value does not fit the argument's schema",
        "BigInteger|{\"x\":1e200000}|Invalid argument 'x': the value does not fit the argument's schema"
    })
    void mistakesNameTheArgument(String type, String arguments, String message) {
        Type t = switch (type) {
            case "int" -> int.class;
            case "byte" -> byte.class;
            case "boolean" -> boolean.class;
            case "String" -> String.class;
            case "Size" -> Size.class;
            case "BigInteger" -> java.math.BigInteger.class;
            default -> Visit.class;
        };
        ArgumentException e = assertThrows(ArgumentException.class,
                () -> binder(t, true, null, ArgumentBinder.Wrapper.NONE).bind(args(arguments)));
        assertEquals(message, e.getMessage());
    }
}
