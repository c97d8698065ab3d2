package dev.mcpee.internal.observe;

/**
 * What the endpoint decided about a request, in the words the audit trail and the refusal metric use.
 */
public enum Decision {

    /** Admitted and allowed to run. */
    ALLOWED("allowed"),
    /** 403: a browser origin not in {@code mcp.http.allowed-origins}. */
    ORIGIN("origin"),
    /** 401: no access token. */
    UNAUTHENTICATED("unauthenticated"),
    /** 401: a token that did not verify (expired, wrong audience, bad signature...). */
    INVALID_TOKEN("invalid_token"),
    /** 403: the token lacks a scope the target needs (a new token with more scopes would do). */
    INSUFFICIENT_SCOPE("insufficient_scope"),
    /** 403: refused for a reason a new token cannot fix: a role the caller lacks, {@code @DenyAll}. */
    FORBIDDEN("forbidden");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    /**
     * The decision as it appears in logs and metric attributes.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
