package dev.mcpee.internal.security;

/** Where the verifier gets the authorization server's keys. */
public interface KeySource {

    /**
     * The keys as last fetched.
     *
     * @return the keys
     */
    JwkSet current();

    /**
     * The keys after a refetch, for a token signed with a key not seen yet (key rotation). Implementations
     * limit how often they really refetch, so unknown-key tokens cannot make the server hammer the JWKS URL.
     *
     * @return the keys, refreshed if allowed
     */
    JwkSet refreshed();
}
