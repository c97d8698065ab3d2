package dev.mcpee.internal.security;

/**
 * Which tools, prompts and resources {@code tools/list}, {@code prompts/list} and {@code resources/list} show
 * a caller ({@code mcp.auth.list-tools}).
 */
public enum Listing {
    /**
     * What the caller may call now, and what it could call with more scopes (its entry names them in
     * {@code _meta}), so a client can ask for them (step-up). What needs a role the caller lacks, or is
     * {@code @DenyAll}, stays hidden: a new token cannot change that. The default.
     */
    REACHABLE,
    /** Only what the caller may call with the token it has. */
    CALLABLE,
    /** Everything, whatever the caller may call. */
    ALL
}
