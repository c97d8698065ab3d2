package dev.mcpee.sample.orgadmin.management;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Form;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The server's own access token to the organization: a client-credentials token of its M2M application, never
 * a caller's token. Kept until {@link #MARGIN} before it expires, then fetched again by one thread while
 * concurrent callers wait for that one answer (not one request each).
 */
@ApplicationScoped
public class M2mTokens {

    /** How long before its expiry a token is replaced, so that it does not expire on the way. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(M2mTokens.class.getName());

    @Inject
    OrganizationSettings settings;

    private final ReentrantLock refresh = new ReentrantLock();
    private final Clock clock = Clock.systemUTC();
    private TokenEndpoint endpoint;
    private volatile Token current;

    /** A token and when to stop using it. */
    private record Token(String value, Instant replaceAt) {
    }

    @PostConstruct
    void connect() {
        endpoint = RestClientBuilder.newBuilder().baseUri(settings.tokenUrl())
                .connectTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(ManagementErrors.class).build(TokenEndpoint.class);
    }

    /**
     * A valid access token, fetched when there is none or it is about to expire.
     *
     * @return the token
     * @throws OrganizationException when the token endpoint refuses or cannot be reached
     */
    public String token() {
        Token t = current;
        if (t != null && clock.instant().isBefore(t.replaceAt())) {
            return t.value();
        }
        refresh.lock();
        try {
            t = current;
            if (t == null || !clock.instant().isBefore(t.replaceAt())) {
                t = fetch();
                current = t;
            }
            return t.value();
        } finally {
            refresh.unlock();
        }
    }

    /**
     * Forgets a token the organization refused (revoked, or the application's secret rotated), so that the next
     * {@link #token()} fetches a new one; does nothing when a newer one was fetched meanwhile.
     *
     * @param refused the token that was refused
     */
    public void discard(String refused) {
        refresh.lock();
        try {
            Token t = current;
            if (t != null && t.value().equals(refused)) {
                current = null;
            }
        } finally {
            refresh.unlock();
        }
    }

    private Token fetch() {
        String basic = Base64.getEncoder().encodeToString((settings.clientId() + ":" + settings.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        Form form = new Form().param("grant_type", "client_credentials").param("scope", settings.scopes());
        JsonObject answer;
        try {
            answer = endpoint.token("Basic " + basic, form);
        } catch (ManagementApiException e) {
            throw new OrganizationException("The organization's token endpoint refused the server's M2M application ("
                    + e.status() + (e.code().isEmpty() ? "" : " " + e.code()) + "): check orgadmin.client-id and"
                    + " orgadmin.client-secret, and that the application may use the client credentials grant");
        } catch (ProcessingException e) {
            throw new OrganizationException("The organization's token endpoint " + settings.tokenUrl()
                    + " cannot be reached; check orgadmin.base-url (or orgadmin.token-url)");
        }
        if (!(answer.get("access_token") instanceof JsonString value) || value.getString().isBlank()) {
            throw new OrganizationException("The organization's token endpoint answered without an access token");
        }
        long seconds = answer.get("expires_in") instanceof JsonNumber n ? n.longValue() : 0;
        Instant replaceAt = clock.instant().plusSeconds(seconds).minus(MARGIN);
        LOG.fine(() -> "M2M token fetched, valid " + seconds + " s, scopes: " + answer.getString("scope", "?"));
        return new Token(value.getString(), replaceAt);
    }
}
