package dev.mcpee.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the token verifier's front: any text as a token, and, signed with the real key so the fuzzer gets past
 * the signature, any header or any payload. The property: a token is accepted only with a subject, this issuer and
 * this audience; anything else is an {@link InvalidTokenException} with a message, never another exception. The
 * input's first byte picks the shape; the rest is the text, header or payload. Seeds:
 * {@code JwtFuzzTestInputs/verifies}.
 */
class JwtFuzzTest {

    private static final String ISS = "https://auth.example/oidc";
    private static final String AUD = "https://mcp.example/mcp";
    private static final long NOW = 1_800_000_000L;
    private static final byte[] HEADER = "{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"rsa1\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] PAYLOAD = ("{\"iss\":\"" + ISS + "\",\"sub\":\"alice\",\"aud\":\"" + AUD
            + "\",\"exp\":1800000300,\"scope\":\"read\"}").getBytes(StandardCharsets.UTF_8);
    private static final TestTokens TOKENS;
    private static final JwtVerifier VERIFIER;

    static {
        try {
            TOKENS = new TestTokens();
            VERIFIER = new JwtVerifier(new TokenRules(ISS, Set.of(AUD), EnumSet.allOf(JwsAlgorithm.class),
                    Duration.ofSeconds(60), List.of("roles", "groups")), TOKENS.fixedKeys(), () -> NOW);
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest
    void verifies(byte[] input) throws GeneralSecurityException {
        if (input.length == 0) {
            return;
        }
        byte[] rest = Arrays.copyOfRange(input, 1, input.length);
        String token = switch (input[0] & 3) {
            case 0 -> new String(rest, StandardCharsets.ISO_8859_1);
            case 1 -> TOKENS.rs256Raw(HEADER, rest);
            case 2 -> TOKENS.rs256Raw(rest, PAYLOAD);
            default -> segments(rest);
        };
        try {
            TokenCaller caller = VERIFIER.verify(token);
            assertTrue(caller.authenticated());
            assertEquals(ISS, caller.issuer());
            assertFalse(caller.subject() == null || caller.subject().isEmpty());
        } catch (InvalidTokenException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a refusal says why");
        }
    }

    /** Three Base64url segments cut from the input, so shapes that are almost a token are tried too. */
    private static String segments(byte[] bytes) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        int a = bytes.length / 3;
        int b = 2 * bytes.length / 3;
        return b64.encodeToString(Arrays.copyOfRange(bytes, 0, a)) + "."
                + b64.encodeToString(Arrays.copyOfRange(bytes, a, b)) + "."
                + b64.encodeToString(Arrays.copyOfRange(bytes, b, bytes.length));
    }
}
