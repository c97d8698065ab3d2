package dev.mcpee.sample.vetassist;

import java.util.List;

/**
 * Who is calling, from the claims of the verified access token (never the token itself). All null and empty
 * for an anonymous caller.
 *
 * @param sub      the token subject, or null when anonymous
 * @param username the {@code username} claim, else {@code preferred_username}, or null
 * @param name     the {@code name} claim, or null
 * @param email    the {@code email} claim, or null
 * @param scopes   the scopes the token grants, sorted
 * @param roles    the caller's roles, sorted
 */
public record Identity(String sub, String username, String name, String email, List<String> scopes,
                       List<String> roles) {
}
