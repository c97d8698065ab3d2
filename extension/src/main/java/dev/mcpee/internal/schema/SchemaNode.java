package dev.mcpee.internal.schema;

import jakarta.json.JsonValue;

/**
 * A compiled schema: the checks of its keywords, run in a fixed order until the first failure.
 *
 * <p>Nodes are created before their checks are known so that a {@code $ref} cycle can point at a
 * node that is still being compiled; {@link #init(Check[])} completes it once.
 */
final class SchemaNode {

    private static final Check[] NONE = new Check[0];

    private Check[] checks = NONE;
    private boolean initialised;

    /** Sets the checks; called exactly once by the compiler. */
    void init(Check[] compiled) {
        if (initialised) {
            throw new IllegalStateException("schema node already compiled");
        }
        this.checks = compiled;
        this.initialised = true;
    }

    /** Returns the first violation of {@code value}, or {@code null} if it is valid. */
    Violation validate(JsonValue value) {
        for (Check c : checks) {
            Violation v = c.check(value);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
