package dev.mcpee.sample.it;

import java.util.List;
import java.util.Map;

/** The identities the tests call with. */
public final class Tokens {

    /** Both VetAssist scopes. */
    static final String READ_WRITE = "pet-profile:read pet-profile:write";

    private Tokens() {
    }

    /**
     * Vera, vet staff, with both scopes.
     *
     * @param provider the token shape
     * @param resource the MCP resource URI
     * @return the token
     */
    public static String staff(AuthServers.Provider provider, String resource) {
        return provider.token(resource, "vera", READ_WRITE, List.of("vet_staff"), 300, Map.of());
    }

    /**
     * A pet owner with the given scopes.
     *
     * @param provider the token shape
     * @param resource the MCP resource URI
     * @param subject  the owner
     * @param scope    the scopes
     * @return the token
     */
    static String owner(AuthServers.Provider provider, String resource, String subject, String scope) {
        return provider.token(resource, subject, scope, List.of("pet_owner"), 300, Map.of());
    }
}
