package dev.mcpee.sample.orgadmin.users;

/**
 * A user attribute of the organization (a local claim).
 *
 * @param uri         the claim URI, e.g. {@code http://wso2.org/claims/emailaddress}
 * @param displayName its name in the console
 * @param description what it holds
 * @param required    whether every user must have it
 * @param readOnly    whether users may change it
 */
public record Claim(String uri, String displayName, String description, boolean required, boolean readOnly) {
}
