package dev.mcpee.internal.schema;

import jakarta.json.JsonValue;

/** One compiled keyword (or group of keywords) of a schema. */
@FunctionalInterface
interface Check {

    /**
     * Checks a value.
     *
     * @param value the instance, never Java {@code null}
     * @return the violation, or {@code null} when the value passes
     */
    Violation check(JsonValue value);
}
