package dev.mcpee.internal.schema;

import static dev.mcpee.internal.schema.SchemaJson.FACTORY;
import static dev.mcpee.internal.schema.SchemaJson.PROVIDER;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns Jakarta Bean Validation constraint annotations into JSON Schema keywords.
 *
 * <p>Constraints are recognised by annotation type <em>name</em> and their attributes are read
 * reflectively, so {@code jakarta.validation} does not have to be present at run time. This runs at
 * deployment only.
 *
 * <p>Mapped: {@code @NotNull} (required only), {@code @NotBlank} (required, {@code minLength 1},
 * {@code pattern "\S"}), {@code @NotEmpty} (required, {@code minLength}/{@code minItems}/
 * {@code minProperties} 1), {@code @Size}, {@code @Min}, {@code @Max}, {@code @DecimalMin},
 * {@code @DecimalMax}, {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative},
 * {@code @NegativeOrZero}, {@code @Pattern} (anchored, since Bean Validation matches the whole
 * string while JSON Schema searches) and {@code @Email} ({@code format: email}).
 * A constraint only applies when the schema's {@code type} is one it is meaningful for (e.g.
 * {@code @Size} on a {@code $ref} is ignored). Ignored on purpose: {@code @Past}, {@code @Future}
 * and their variants, {@code @Digits}, {@code @AssertTrue}, {@code @AssertFalse}, {@code @Null},
 * the {@code regexp} of {@code @Email}, and {@code @Pattern} with {@code flags} (JSON Schema's
 * ECMA-262 regular expressions have no inline flags).
 */
final class ConstraintKeywords {

    private static final String PACKAGE = "jakarta.validation.constraints.";
    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private ConstraintKeywords() {
    }

    /** Returns true if any annotation is {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}. */
    static boolean impliesNotNull(Collection<Annotation> annotations) {
        for (Annotation a : annotations) {
            switch (constraintName(a)) {
                case "NotNull", "NotBlank", "NotEmpty" -> {
                    return true;
                }
                default -> {
                    // not a not-null constraint
                }
            }
        }
        return false;
    }

    /** Returns {@code schema} with the keywords of every applicable constraint added or tightened. */
    static JsonObject apply(JsonObject schema, Collection<Annotation> annotations) {
        JsonValue typeValue = schema.get("type");
        if (!(typeValue instanceof JsonString) || annotations.isEmpty()) {
            return schema;
        }
        String type = ((JsonString) typeValue).getString();
        Map<String, JsonValue> keywords = new LinkedHashMap<>(schema);
        for (Annotation a : annotations) {
            applyOne(keywords, type, a);
        }
        if (keywords.equals(schema)) {
            return schema;
        }
        JsonObjectBuilder b = FACTORY.createObjectBuilder();
        keywords.forEach(b::add);
        return b.build();
    }

    private static void applyOne(Map<String, JsonValue> k, String type, Annotation a) {
        boolean numeric = type.equals("integer") || type.equals("number");
        switch (constraintName(a)) {
            case "NotBlank" -> {
                if (type.equals("string")) {
                    raise(k, "minLength", BigDecimal.ONE);
                    addPattern(k, "\\S");
                }
            }
            case "NotEmpty" -> {
                String keyword = sizeKeyword(type, true);
                if (keyword != null) {
                    raise(k, keyword, BigDecimal.ONE);
                }
            }
            case "Size" -> {
                String minKeyword = sizeKeyword(type, true);
                if (minKeyword != null) {
                    int min = (Integer) attribute(a, "min");
                    int max = (Integer) attribute(a, "max");
                    if (min > 0) {
                        raise(k, minKeyword, BigDecimal.valueOf(min));
                    }
                    if (max < Integer.MAX_VALUE) {
                        lower(k, sizeKeyword(type, false), BigDecimal.valueOf(max));
                    }
                }
            }
            case "Min" -> {
                if (numeric) {
                    raise(k, "minimum", BigDecimal.valueOf((Long) attribute(a, "value")));
                }
            }
            case "Max" -> {
                if (numeric) {
                    lower(k, "maximum", BigDecimal.valueOf((Long) attribute(a, "value")));
                }
            }
            case "DecimalMin" -> {
                if (numeric) {
                    BigDecimal value = new BigDecimal((String) attribute(a, "value"));
                    raise(k, (Boolean) attribute(a, "inclusive") ? "minimum" : "exclusiveMinimum", value);
                }
            }
            case "DecimalMax" -> {
                if (numeric) {
                    BigDecimal value = new BigDecimal((String) attribute(a, "value"));
                    lower(k, (Boolean) attribute(a, "inclusive") ? "maximum" : "exclusiveMaximum", value);
                }
            }
            case "Positive" -> {
                if (numeric) {
                    raise(k, "exclusiveMinimum", ZERO);
                }
            }
            case "PositiveOrZero" -> {
                if (numeric) {
                    raise(k, "minimum", ZERO);
                }
            }
            case "Negative" -> {
                if (numeric) {
                    lower(k, "exclusiveMaximum", ZERO);
                }
            }
            case "NegativeOrZero" -> {
                if (numeric) {
                    lower(k, "maximum", ZERO);
                }
            }
            case "Pattern" -> {
                Object[] flags = (Object[]) attribute(a, "flags");
                if (type.equals("string") && flags.length == 0) {
                    addPattern(k, "^(?:" + attribute(a, "regexp") + ")$");
                }
            }
            case "Email" -> {
                if (type.equals("string") && !k.containsKey("format")) {
                    k.put("format", PROVIDER.createValue("email"));
                }
            }
            default -> {
                // not a constraint we map (or not a constraint at all)
            }
        }
    }

    /** Returns the simple name of a Bean Validation constraint, or "" for any other annotation. */
    private static String constraintName(Annotation a) {
        String name = a.annotationType().getName();
        return name.startsWith(PACKAGE) ? name.substring(PACKAGE.length()) : "";
    }

    /** Returns the min (or max) size keyword for a schema type, or null if sizes do not apply. */
    private static String sizeKeyword(String type, boolean min) {
        String prefix = min ? "min" : "max";
        return switch (type) {
            case "string" -> prefix + "Length";
            case "array" -> prefix + "Items";
            case "object" -> prefix + "Properties";
            default -> null;
        };
    }

    /** Sets a lower bound, keeping an existing one if it is already stricter. */
    private static void raise(Map<String, JsonValue> k, String keyword, BigDecimal value) {
        JsonValue old = k.get(keyword);
        if (old == null || ((JsonNumber) old).bigDecimalValue().compareTo(value) < 0) {
            k.put(keyword, PROVIDER.createValue(value));
        }
    }

    /** Sets an upper bound, keeping an existing one if it is already stricter. */
    private static void lower(Map<String, JsonValue> k, String keyword, BigDecimal value) {
        JsonValue old = k.get(keyword);
        if (old == null || ((JsonNumber) old).bigDecimalValue().compareTo(value) > 0) {
            k.put(keyword, PROVIDER.createValue(value));
        }
    }

    /**
     * Adds a pattern. JSON Schema allows one {@code pattern} per schema, so a second one is combined
     * with the first into lookaheads that each must be found somewhere in the string.
     */
    private static void addPattern(Map<String, JsonValue> k, String pattern) {
        JsonValue old = k.get("pattern");
        String combined = old == null ? pattern
                : "^(?=[\\s\\S]*?(?:" + ((JsonString) old).getString() + "))(?=[\\s\\S]*?(?:" + pattern + "))";
        k.put("pattern", PROVIDER.createValue(combined));
    }

    private static Object attribute(Annotation a, String name) {
        try {
            return a.annotationType().getMethod(name).invoke(a);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + name + " of " + a, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name + " of " + a, e.getCause());
        }
    }
}
