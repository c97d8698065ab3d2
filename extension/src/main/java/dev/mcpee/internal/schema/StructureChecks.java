package dev.mcpee.internal.schema;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;

/**
 * Checks for keywords about objects and arrays: {@code properties}, {@code required},
 * {@code additionalProperties}, {@code propertyNames}, {@code minProperties}/{@code maxProperties},
 * {@code items}, {@code minItems}/{@code maxItems} and {@code uniqueItems}. Each passes values that
 * are not objects (or arrays), as JSON Schema specifies.
 */
final class StructureChecks {

    private StructureChecks() {
    }

    /** {@code required}: every name must be present. */
    static Check required(String[] names) {
        return value -> {
            if (value instanceof JsonObject o) {
                for (String name : names) {
                    if (!o.containsKey(name)) {
                        return Violation.missing(name);
                    }
                }
            }
            return null;
        };
    }

    /** {@code properties}: each present property must match its schema. */
    static Check properties(String[] names, SchemaNode[] schemas) {
        return value -> {
            if (value instanceof JsonObject o) {
                for (int i = 0; i < names.length; i++) {
                    JsonValue property = o.get(names[i]);
                    if (property != null) {
                        Violation v = schemas[i].validate(property);
                        if (v != null) {
                            return v.at(names[i]);
                        }
                    }
                }
            }
            return null;
        };
    }

    /**
     * {@code additionalProperties}: properties not named in {@code properties} must match the schema,
     * or are forbidden when {@code schema} is null ({@code additionalProperties: false}).
     */
    static Check additionalProperties(Set<String> declared, SchemaNode schema) {
        return value -> {
            if (value instanceof JsonObject o) {
                for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                    if (declared.contains(e.getKey())) {
                        continue;
                    }
                    if (schema == null) {
                        return Violation.unexpected(e.getKey());
                    }
                    Violation v = schema.validate(e.getValue());
                    if (v != null) {
                        return v.at(e.getKey());
                    }
                }
            }
            return null;
        };
    }

    /** {@code propertyNames}: every property name, as a JSON string, must match the schema. */
    static Check propertyNames(SchemaNode schema) {
        return value -> {
            if (value instanceof JsonObject o) {
                for (String name : o.keySet()) {
                    Violation v = schema.validate(SchemaJson.PROVIDER.createValue(name));
                    if (v != null) {
                        return Violation.invalid("is not an allowed name: " + v.detail())
                                .at(name);
                    }
                }
            }
            return null;
        };
    }

    /** {@code minProperties}/{@code maxProperties}. */
    static Check propertyCount(long min, long max) {
        return value -> value instanceof JsonObject o ? count(o.size(), min, max, "property", "properties") : null;
    }

    /** {@code items}: every element must match the schema. */
    static Check items(SchemaNode schema) {
        return value -> {
            if (value instanceof JsonArray a) {
                for (int i = 0; i < a.size(); i++) {
                    Violation v = schema.validate(a.get(i));
                    if (v != null) {
                        return v.at(i);
                    }
                }
            }
            return null;
        };
    }

    /** {@code minItems}/{@code maxItems}. */
    static Check itemCount(long min, long max) {
        return value -> value instanceof JsonArray a ? count(a.size(), min, max, "item", "items") : null;
    }

    /** {@code uniqueItems: true}: no two elements may be equal. Quadratic, fine for tool arguments. */
    static Check uniqueItems() {
        return value -> {
            if (value instanceof JsonArray a) {
                for (int i = 1; i < a.size(); i++) {
                    for (int j = 0; j < i; j++) {
                        if (JsonEquality.equal(a.get(i), a.get(j))) {
                            return Violation.invalid("must not contain duplicate items ([" + j + "] and [" + i + "])");
                        }
                    }
                }
            }
            return null;
        };
    }

    private static Violation count(int size, long min, long max, String one, String many) {
        if (size < min) {
            return Violation.invalid("must have at least " + min + " " + (min == 1 ? one : many));
        }
        if (size > max) {
            return Violation.invalid("must have at most " + max + " " + (max == 1 ? one : many));
        }
        return null;
    }
}
