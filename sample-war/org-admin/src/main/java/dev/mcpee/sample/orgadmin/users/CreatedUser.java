package dev.mcpee.sample.orgadmin.users;

/**
 * A user the organization created.
 *
 * @param id       the user's SCIM id
 * @param userName the user name, with its user store prefix
 * @param email    the primary email
 */
public record CreatedUser(String id, String userName, String email) {
}
