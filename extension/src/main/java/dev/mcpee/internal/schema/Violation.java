package dev.mcpee.internal.schema;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The first way an instance breaks its schema. Created only on failure; the path is filled in from
 * the innermost value outwards while the failure propagates back up, so a valid instance costs no
 * path bookkeeping at all.
 */
final class Violation {

    private enum Kind { INVALID, MISSING, UNEXPECTED }

    private final Kind kind;
    private final String message;
    /** Property names (String) and array indices (Integer), outermost first. */
    private final Deque<Object> path = new ArrayDeque<>();

    private Violation(Kind kind, String message) {
        this.kind = kind;
        this.message = message;
    }

    /** A value that is present but wrong, e.g. {@code "must be at most 40 characters"}. */
    static Violation invalid(String message) {
        return new Violation(Kind.INVALID, message);
    }

    /** A required property that is absent. */
    static Violation missing(String property) {
        return new Violation(Kind.MISSING, null).at(property);
    }

    /** A property that {@code additionalProperties: false} forbids. */
    static Violation unexpected(String property) {
        return new Violation(Kind.UNEXPECTED, null).at(property);
    }

    /** Prepends a property name to the path and returns this. */
    Violation at(String property) {
        path.addFirst(property);
        return this;
    }

    /** Prepends an array index to the path and returns this. */
    Violation at(int index) {
        path.addFirst(index);
        return this;
    }

    /** Returns the message without any path, for nesting inside another message. */
    String detail() {
        return kind == Kind.INVALID ? message : describe("property");
    }

    /**
     * Renders the message, e.g. {@code "argument 'visit.date': expected a string in format date"},
     * {@code "missing required argument 'petId'"} or, for the root value itself,
     * {@code "argument: expected an object, got an array"}.
     *
     * @param rootName how the caller calls the top-level values, e.g. {@code "argument"}
     * @return the message
     */
    String describe(String rootName) {
        String where = renderPath();
        return switch (kind) {
            case MISSING -> "missing required " + rootName + " '" + where + "'";
            case UNEXPECTED -> "unexpected " + rootName + " '" + where + "'";
            case INVALID -> where.isEmpty() ? rootName + ": " + message : rootName + " '" + where + "': " + message;
        };
    }

    private String renderPath() {
        StringBuilder sb = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(segment);
            }
        }
        return sb.toString();
    }
}
