package dev.mcpee.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bean Validation constraints, recognised by annotation name, become schema keywords. */
class ConstraintSchemaTest {

    record Constrained(
            @NotNull String id,
            @NotBlank @Size(max = 40) String name,
            @NotEmpty List<String> tags,
            @NotEmpty Map<String, String> labels,
            @Size(min = 2, max = 5) List<Integer> scores,
            @Size(min = 1, max = 3) Map<String, Integer> limits,
            @Min(1) @Max(100) int percent,
            @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("99.5") BigDecimal price,
            @Positive long positive,
            @PositiveOrZero Integer nonNegative,
            @Negative double negative,
            @NegativeOrZero short nonPositive,
            @Pattern(regexp = "[a-z]+") String code,
            @Pattern(regexp = "[a-z]+", flags = Pattern.Flag.CASE_INSENSITIVE) String flagged,
            @Email String email,
            @Future LocalDate ignoredFuture,
            @Size(max = 3) Optional<String> shortText,
            List<@Size(max = 5) String> shortWords,
            @Min(5) String notNumeric) {
    }

    record Blank(@NotBlank @Pattern(regexp = "\\d+") String digits) {
    }

    @Test
    void constraintsBecomeKeywords() {
        Golden.assertMatches("constraints.json", new JsonSchemaGenerator().outputSchema(Constrained.class));
    }

    @Test
    void notNullFamilyMakesNestedPropertiesRequired() {
        JsonObject schema = new JsonSchemaGenerator().outputSchema(Constrained.class);
        List<String> required = schema.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(List.of("id", "name", "tags", "labels", "percent", "positive", "negative", "nonPositive"),
                required);
    }

    @Test
    void bothPatternsOfNotBlankAndPatternMustHold() {
        JsonObject schema = new JsonSchemaGenerator().outputSchema(Blank.class);
        SchemaValidator validator = SchemaValidator.compile(schema);
        assertTrue(validator.validate(Fixtures.obj("{'digits':'123'}"), "value").isEmpty());
        assertFalse(validator.validate(Fixtures.obj("{'digits':'12a'}"), "value").isEmpty());
        assertFalse(validator.validate(Fixtures.obj("{'digits':'   '}"), "value").isEmpty());
    }

    @Test
    void impliesRequiredRecognisesNotNullFamilyByName() throws Exception {
        var method = ConstraintSchemaTest.class.getDeclaredMethod("sample", String.class, String.class, String.class);
        var params = method.getParameters();
        assertTrue(JsonSchemaGenerator.impliesRequired(params[0].getAnnotations()));
        assertTrue(JsonSchemaGenerator.impliesRequired(params[1].getAnnotations()));
        assertFalse(JsonSchemaGenerator.impliesRequired(params[2].getAnnotations()));
    }

    @SuppressWarnings("unused")
    private static void sample(@NotNull String a, @NotBlank String b, @Size(max = 2) String c) {
    }
}
