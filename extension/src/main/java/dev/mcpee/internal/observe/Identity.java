package dev.mcpee.internal.observe;

/**
 * Who made a request, as the verified token says.
 *
 * @param issuer   {@code iss}, empty for an anonymous caller
 * @param subject  {@code sub}, empty for an anonymous caller
 * @param clientId {@code azp} or {@code client_id}, or null
 */
public record Identity(String issuer, String subject, String clientId) {

    /** Nobody yet: before admission, or refused at it. */
    static final Identity NONE = new Identity(null, null, null);
}
