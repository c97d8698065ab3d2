package dev.mcpee.sample.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The benchmark's authorization server: an issuer on 127.0.0.1 that publishes its discovery document and one
 * key set holding an RSA key (RS256, as Asgardeo signs) and a P-256 key (ES256), and signs access tokens in this
 * JVM with Nimbus JOSE. Minting here instead of asking a token endpoint is what lets the cold-token scenarios
 * send a token the server has never seen on every call.
 */
final class BenchIssuer implements AutoCloseable {

    /** The signature algorithms the benchmark mints. */
    enum Alg {
        RS256, ES256
    }

    private final HttpServer server;
    private final String issuer;
    private final RSAKey rsa;
    private final ECKey ec;
    private final JWSSigner rsaSigner;
    private final JWSSigner ecSigner;

    private BenchIssuer(HttpServer server) throws JOSEException {
        this.server = server;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/bench-issuer";
        this.rsa = new RSAKeyGenerator(2048).keyID("bench-rsa").algorithm(JWSAlgorithm.RS256).generate();
        this.ec = new ECKeyGenerator(Curve.P_256).keyID("bench-ec").algorithm(JWSAlgorithm.ES256).generate();
        this.rsaSigner = new RSASSASigner(rsa);
        this.ecSigner = new ECDSASigner(ec);
        String jwks = new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK())).toString();
        String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks\","
                + "\"token_endpoint\":\"" + issuer + "/token\",\"response_types_supported\":[\"code\"]}";
        server.createContext("/bench-issuer/.well-known/openid-configuration", e -> send(e, discovery));
        server.createContext("/bench-issuer/.well-known/oauth-authorization-server", e -> send(e, discovery));
        server.createContext("/bench-issuer/jwks", e -> send(e, jwks));
    }

    /**
     * Starts the issuer on a free loopback port.
     *
     * @return the running issuer
     */
    static BenchIssuer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            BenchIssuer issuer = new BenchIssuer(server);
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** @return the issuer, as tokens name it in {@code iss} */
    String issuer() {
        return issuer;
    }

    /**
     * A fresh access token: a new {@code jti}, so no server has verified it before.
     *
     * @param alg      how it is signed
     * @param audience {@code aud}, the MCP endpoint's resource URI
     * @param subject  {@code sub}
     * @return the compact JWT, valid for four hours (a whole benchmark run)
     */
    String token(Alg alg, String audience, String subject) {
        long now = System.currentTimeMillis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience(audience)
                .issueTime(new Date(now)).notBeforeTime(new Date(now - 1000)).expirationTime(new Date(now + 4 * 3_600_000))
                .jwtID(UUID.randomUUID().toString()).claim("scope", "pet-profile:read pet-profile:write")
                .claim("roles", List.of("vet_staff")).claim("azp", "bench-client").build();
        JWSHeader header = new JWSHeader.Builder(alg == Alg.RS256 ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256)
                .keyID(alg == Alg.RS256 ? rsa.getKeyID() : ec.getKeyID()).type(new JOSEObjectType("at+jwt")).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(alg == Alg.RS256 ? rsaSigner : ecSigner);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
