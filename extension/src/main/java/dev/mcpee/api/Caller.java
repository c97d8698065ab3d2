package dev.mcpee.api;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling the current tool, as established from the verified OAuth access token. Inject it into a
 * tool bean; it is request-scoped, so a normal-scoped bean sees the caller of the call in progress.
 *
 * <pre>{@code
 * @Inject Caller caller;
 *
 * @McpTool public List<Pet> myPets() { return records.petsOf(caller.subject()); }
 * }</pre>
 *
 * It never exposes the raw token: a tool that calls another service uses credentials of its own.
 */
public interface Caller {

    /**
     * Whether a verified token was presented (false only where anonymous access is configured).
     *
     * @return true for an authenticated caller
     */
    boolean authenticated();

    /**
     * The token's issuer ({@code iss}).
     *
     * @return the issuer, or empty for an anonymous caller
     */
    String issuer();

    /**
     * The token's subject ({@code sub}): the user, or the client for client-credentials tokens.
     *
     * @return the subject, or empty for an anonymous caller
     */
    String subject();

    /**
     * The scopes the token grants ({@code scope} or {@code scp}).
     *
     * @return the scopes
     */
    Set<String> scopes();

    /**
     * The roles the token carries ({@code groups}, or the claims {@code mcp.auth.roles-claim} names).
     *
     * @return the roles
     */
    Set<String> roles();

    /**
     * Whether the token grants a scope.
     *
     * @param scope the scope
     * @return true when granted
     */
    default boolean hasScope(String scope) {
        return scopes().contains(scope);
    }

    /**
     * Whether the caller has a role.
     *
     * @param role the role
     * @return true when the caller has it
     */
    default boolean hasRole(String role) {
        return roles().contains(role);
    }

    /**
     * A string claim of the token, such as {@code email}, {@code name} or {@code username}.
     *
     * @param name the claim name
     * @return the value, if the token has it as a string
     */
    Optional<String> claim(String name);
}
