package dev.mcpee.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.mcpee.internal.problem.Problems;
import org.junit.jupiter.api.Test;

/** Header handling of the authenticator (no authorization server needed). */
class AuthenticatorTest {

    private static Authenticator authenticator(boolean anonymous) {
        AuthSettings settings = new AuthSettings(anonymous, null, null, Set.of(), List.of(), null,
                EnumSet.allOf(JwsAlgorithm.class), Duration.ofSeconds(60), List.of("groups"), Set.of(), null,
                Listing.REACHABLE, null, Duration.ofHours(1));
        Problems problems = new Problems();
        Authenticator a = Authenticator.create(settings, problems);
        assertEquals(List.of(), problems.list());
        return a;
    }

    @Test
    void anotherSchemeCountsAsNoBearerCredentials() {
        assertInstanceOf(Authenticator.Missing.class, authenticator(false).authenticate("Basic YWxpY2U6c2VjcmV0"));
        assertInstanceOf(Authenticator.Missing.class, authenticator(false).authenticate(null));
        assertInstanceOf(Authenticator.Authenticated.class, authenticator(true).authenticate("Basic YWxpY2U6c2VjcmV0"));
    }

    @Test
    void aMalformedBearerHeaderIsAnInvalidToken() {
        assertEquals(new Authenticator.Invalid("Send the access token as Authorization: Bearer <token>"),
                authenticator(false).authenticate("Bearer two parts"));
    }
}
