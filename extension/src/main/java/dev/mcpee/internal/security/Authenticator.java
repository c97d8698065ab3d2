package dev.mcpee.internal.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import dev.mcpee.internal.problem.ConfigMessages;
import dev.mcpee.internal.problem.Problems;

/**
 * Turns an {@code Authorization} header into a caller: extracts the bearer token, verifies it (or takes a
 * recent verification of the same token from a small cache, until the token expires) and reports failures
 * with a client-safe reason. Built once at deployment, after discovering the authorization server's keys.
 */
public final class Authenticator {

    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());
    private static final int CACHE_MAX = 10_000;

    /** The outcome of authentication. */
    public sealed interface Result permits Authenticated, Missing, Invalid {
    }

    /**
     * A verified (or, where allowed, anonymous) caller.
     *
     * @param caller the caller
     */
    public record Authenticated(TokenCaller caller) implements Result {
    }

    /** No bearer token was sent and anonymous access is off: 401 without an error code. */
    public record Missing() implements Result {
    }

    /**
     * A token was sent and refused: 401 {@code invalid_token}.
     *
     * @param description the client-safe reason
     */
    public record Invalid(String description) implements Result {
    }

    private static final Result MISSING = new Missing();
    private static final Result ANONYMOUS = new Authenticated(TokenCaller.ANONYMOUS);

    private final AuthSettings settings;
    private final JwtVerifier verifier;
    private final URI jwksUri;
    private final RemoteJwks keys;
    private final ConcurrentHashMap<String, TokenCaller> verified = new ConcurrentHashMap<>();

    private Authenticator(AuthSettings settings, JwtVerifier verifier, URI jwksUri) {
        this(settings, verifier, jwksUri, null);
    }

    private Authenticator(AuthSettings settings, JwtVerifier verifier, URI jwksUri, RemoteJwks keys) {
        this.keys = keys;
        this.settings = settings;
        this.verifier = verifier;
        this.jwksUri = jwksUri;
    }

    /**
     * Where the authorization server's signing keys are read from.
     *
     * @return the JWKS URL, or null when tokens are not verified (anonymous only, or the keys could not be loaded)
     */
    public URI jwksUri() {
        return jwksUri;
    }

    /**
     * How the authorization server's keys stand (readiness).
     *
     * @return the status, or null when tokens are not verified
     */
    public KeyStatus keyStatus() {
        return keys == null ? null : keys.status();
    }

    /**
     * Builds the authenticator: discovers the authorization server's keys unless tokens are not verified.
     *
     * @param settings the settings
     * @param problems receives a problem when the authorization server cannot be reached
     * @return the authenticator (meaningless when problems were added)
     */
    public static Authenticator create(AuthSettings settings, Problems problems) {
        if (!settings.verifiesTokens()) {
            return new Authenticator(settings, null, null);
        }
        HttpJson http = new HttpJson();
        URI jwksUri = settings.jwksUri();
        String key = "mcp.auth.jwks-uri";
        try {
            if (jwksUri == null) {
                key = "mcp.auth.issuer";
                jwksUri = new AuthorizationServerDiscovery(http).jwksUri(settings.issuer());
            }
            RemoteJwks keys = new RemoteJwks(jwksUri, http, System::nanoTime, settings.keysMaxAge(),
                    java.util.concurrent.ForkJoinPool.commonPool());
            TokenRules rules = new TokenRules(settings.issuer(), settings.audiences(), settings.algorithms(),
                    settings.clockSkew(), settings.rolesClaims());
            URI found = jwksUri;
            LOG.info(() -> "mcp-ee: verifying access tokens of " + settings.issuer() + " with the keys at "
                    + found + " for audience " + settings.audiences());
            return new Authenticator(settings, new JwtVerifier(rules, keys, () -> System.currentTimeMillis() / 1000),
                    jwksUri, keys);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(ConfigMessages.keysUnavailable(key, String.valueOf(jwksUri != null ? jwksUri
                    : settings.issuer()), e.getMessage()));
            return new Authenticator(settings, null, null);
        }
    }

    /**
     * Authenticates a request.
     *
     * @param authorization the {@code Authorization} header, or null
     * @return the outcome
     */
    public Result authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return settings.anonymous() ? ANONYMOUS : MISSING;
        }
        String token = bearer(authorization);
        if (token == null) {
            // RFC 6750 section 3.1: no bearer credentials (another scheme) gets a challenge without an error code.
            return authorization.strip().regionMatches(true, 0, "Bearer", 0, 6)
                    ? new Invalid("Send the access token as Authorization: Bearer <token>")
                    : settings.anonymous() ? ANONYMOUS : MISSING;
        }
        if (verifier == null) {
            return new Invalid("This server accepts no tokens (anonymous access only)");
        }
        long now = System.currentTimeMillis() / 1000;
        TokenCaller cached = verified.get(token);
        if (cached != null && now <= cached.expiresAt() + settings.clockSkew().toSeconds()) {
            return new Authenticated(cached);
        }
        try {
            TokenCaller caller = verifier.verify(token);
            if (verified.size() >= CACHE_MAX) {
                verified.clear();
            }
            verified.put(token, caller);
            return new Authenticated(caller);
        } catch (InvalidTokenException e) {
            verified.remove(token);
            return new Invalid(e.getMessage());
        }
    }

    private static String bearer(String authorization) {
        String h = authorization.strip();
        if (h.length() > 7 && h.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            String token = h.substring(7).strip();
            return token.isEmpty() || token.indexOf(' ') >= 0 ? null : token;
        }
        return null;
    }
}
