package dev.mcpee.sample.orgadmin.loginflow;

/**
 * One way to pass a step of a login flow.
 *
 * @param idp           {@code LOCAL} for the organization's own authenticators, else the connection's name
 *                      (e.g. {@code Google})
 * @param authenticator the authenticator, e.g. {@code BasicAuthenticator}, {@code email-otp-authenticator},
 *                      {@code GoogleOIDCAuthenticator}
 */
public record LoginOption(String idp, String authenticator) {
}
