package dev.mcpee.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What verifying a token the server has not seen costs, next to the bare signature check it contains (JMH;
 * {@code mvn -Pjmh -pl extension verify}, see the README's Performance section): the difference is mcp-ee's
 * own work on a cold token (splitting, Base64, parsing header and claims, the key lookup, the claim checks).
 * The verifier keeps no cache (the {@code Authenticator} in front of it does), so each call is a cold token.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenVerificationBenchmark {

    private static final long NOW = 1_800_000_000L;
    private JwtVerifier verifier;
    private String rs256;
    private String es256;
    private byte[] rsInput;
    private byte[] rsSignature;
    private byte[] esInput;
    private byte[] esSignature;
    private PublicKey rsaKey;
    private PublicKey ecKey;

    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException {
        TestTokens tokens = new TestTokens();
        verifier = new JwtVerifier(new TokenRules("https://auth.example/oidc", Set.of("https://mcp.example/mcp"),
                EnumSet.allOf(JwsAlgorithm.class), Duration.ofSeconds(60), List.of("roles")), tokens.fixedKeys(),
                () -> NOW);
        JsonObject claims = Json.object().add("iss", "https://auth.example/oidc").add("sub", "alice")
                .add("aud", "https://mcp.example/mcp").add("exp", NOW + 300).add("iat", NOW - 10)
                .add("scope", "pet-profile:read pet-profile:write").add("roles", Json.array().add("vet_staff"))
                .add("azp", "client-123").add("jti", "6f1c0f0e-3f0e-4f6e-9d7a-0c1a2b3c4d5e").build();
        rs256 = tokens.rs256(TestTokens.header("RS256", "rsa1").build(), claims);
        es256 = tokens.es256(TestTokens.header("ES256", "ec256").build(), claims);
        rsInput = rs256.substring(0, rs256.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
        rsSignature = Base64.getUrlDecoder().decode(rs256.substring(rs256.lastIndexOf('.') + 1));
        esInput = es256.substring(0, es256.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
        esSignature = Base64.getUrlDecoder().decode(es256.substring(es256.lastIndexOf('.') + 1));
        rsaKey = tokens.rsa.getPublic();
        ecKey = tokens.ec256.getPublic();
    }

    /** @return the bare RS256 check: the JDK's SHA256withRSA over the signing input */
    @Benchmark
    public boolean rs256SignatureAlone() throws GeneralSecurityException {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initVerify(rsaKey);
        s.update(rsInput);
        return s.verify(rsSignature);
    }

    /** @return mcp-ee's whole verification of an RS256 token */
    @Benchmark
    public TokenCaller rs256Verify() throws InvalidTokenException {
        return verifier.verify(rs256);
    }

    /** @return the bare ES256 check */
    @Benchmark
    public boolean es256SignatureAlone() throws GeneralSecurityException {
        Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
        s.initVerify(ecKey);
        s.update(esInput);
        return s.verify(esSignature);
    }

    /** @return mcp-ee's whole verification of an ES256 token */
    @Benchmark
    public TokenCaller es256Verify() throws InvalidTokenException {
        return verifier.verify(es256);
    }
}
