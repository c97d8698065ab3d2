package dev.mcpee.sample.it;

/** The test authorization servers, for tests in other packages. */
public final class TestAuth {

    private TestAuth() {
    }

    /**
     * The issuer of Asgardeo-shaped tokens (starts the server if needed).
     *
     * @return the issuer
     */
    public static String asgardeoIssuer() {
        return AuthServers.Provider.ASGARDEO.issuer();
    }

    /**
     * The client id Asgardeo-shaped tokens carry as audience.
     *
     * @return the client id
     */
    public static String asgardeoClientId() {
        return AuthServers.Provider.ASGARDEO.clientIdAudience;
    }

    /**
     * A vet staff token with both VetAssist scopes.
     *
     * @param resource the resource URI
     * @return the token
     */
    public static String staffToken(String resource) {
        return Tokens.staff(AuthServers.Provider.ASGARDEO, resource);
    }
}
