package dev.mcpee.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OAuth scopes a caller's access token must carry to call an {@link McpTool}; every listed scope is
 * needed. On a class it applies to every tool of the class that does not carry its own
 * {@code @RequiresScope} (the method annotation replaces the class one, it does not add to it).
 *
 * <pre>{@code
 * @ApplicationScoped
 * @RequiresScope("pet-profile:read")
 * public class PetTools {
 *     @McpTool public Pet pet(long id) { ... }                       // needs pet-profile:read
 *     @McpTool @RequiresScope({"pet-profile:read", "pet-profile:write"})
 *     public Pet rename(long id, String name) { ... }                // needs both
 * }
 * }</pre>
 *
 * Scopes combine with {@code jakarta.annotation.security.RolesAllowed}: a caller needs the scopes and one
 * of the roles. {@code @PermitAll} on the same element as {@code @RequiresScope}, or {@code @DenyAll}
 * with either, is a deployment error.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresScope {

    /**
     * The scopes, all required; at least one, none blank.
     *
     * @return the scopes
     */
    String[] value();
}
