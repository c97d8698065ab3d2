package dev.mcpee.internal.observe;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

/**
 * How an exchange was answered.
 *
 * @param status        the HTTP status
 * @param errorCode     the JSON-RPC error code answered, or null
 * @param toolError     whether a tool answered with {@code isError: true}
 * @param inputRequired whether the answer was a 2026-07-28 {@code input_required} round
 */
public record Answer(int status, Integer errorCode, boolean toolError, boolean inputRequired) {

    /** Not answered yet. */
    static final Answer NONE = new Answer(0, null, false, false);

    /**
     * An answer without a JSON-RPC response (202, an HTTP error, an opened stream).
     *
     * @param status the HTTP status
     * @return the answer
     */
    static Answer of(int status) {
        return new Answer(status, null, false, false);
    }

    /**
     * An answer carrying a JSON-RPC response.
     *
     * @param status   the HTTP status
     * @param response the response, a result or an error
     * @return the answer
     */
    static Answer of(int status, JsonObject response) {
        if (response.get("error") instanceof JsonObject error) {
            return new Answer(status, error.get("code") instanceof JsonNumber code ? code.intValue() : null, false,
                    false);
        }
        if (response.get("result") instanceof JsonObject result) {
            return new Answer(status, null, result.getBoolean("isError", false),
                    "input_required".equals(result.getString("resultType", null)));
        }
        return of(status);
    }

    /**
     * The outcome in one word: {@code ok}, {@code tool_error}, {@code input_required}, {@code error} (a JSON-RPC
     * error answered with 200), {@code refused} (not allowed) or {@code rejected} (an HTTP error status, with the
     * JSON-RPC code its body carries).
     *
     * @param decision what was decided
     * @return the outcome
     */
    public String outcome(Decision decision) {
        if (decision != Decision.ALLOWED) {
            return "refused";
        }
        if (status >= 400) {
            return "rejected";
        }
        if (errorCode != null) {
            return "error";
        }
        return toolError ? "tool_error" : inputRequired ? "input_required" : "ok";
    }
}
