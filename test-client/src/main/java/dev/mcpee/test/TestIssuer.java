package dev.mcpee.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;

import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * A real OAuth 2.1 / OpenID Connect authorization server for tests (mock-oauth2-server on the loopback
 * interface): it publishes discovery documents and signing keys as any provider does, and issues signed access
 * tokens of any subject, scopes, roles and audience on request, without a login. Point the deployment under test
 * at it ({@code mcp.auth.issuer=} {@link #issuer()}) and ask it for tokens:
 *
 * <pre>{@code
 * static final TestIssuer ISSUER = TestIssuer.start();
 * String token = ISSUER.token().subject("alice").scopes("pet-profile:read").roles("pet_owner")
 *         .audience("http://localhost:9080/vetassist/mcp").issue();
 * }</pre>
 *
 * The server must be running whenever the deployment discovers its keys (at deployment and when it meets an unknown
 * key id): start it before deploying and close it after undeploying, or keep one for the whole test run.
 */
public final class TestIssuer implements AutoCloseable {

    /** The path segment of the issuer URL. */
    private static final String ISSUER_ID = "test";

    private final MockOAuth2Server server;

    private TestIssuer(MockOAuth2Server server) {
        this.server = server;
    }

    /**
     * Starts an issuer on a free port of 127.0.0.1.
     *
     * @return the running issuer
     */
    public static TestIssuer start() {
        return start(0);
    }

    /**
     * Starts an issuer on a fixed port of 127.0.0.1, for a server configured before the test runs (its
     * {@code mcp.auth.issuer} names the port).
     *
     * @param port the port, 0 for a free one
     * @return the running issuer
     * @throws UncheckedIOException when the port is taken
     */
    public static TestIssuer start(int port) {
        MockOAuth2Server server = new MockOAuth2Server();
        try {
            server.start(InetAddress.getLoopbackAddress(), port);
        } catch (Exception e) { // Kotlin throws the IOException of a taken port undeclared
            if (e instanceof IOException io) {
                throw new UncheckedIOException("The test issuer cannot listen on 127.0.0.1:" + port, io);
            }
            throw e;
        }
        return new TestIssuer(server);
    }

    /**
     * The issuer URL: the value for the deployment's {@code mcp.auth.issuer} and the {@code iss} of every
     * token; OpenID Connect discovery is served below it.
     *
     * @return the URL, e.g. {@code http://localhost:41234/test}
     */
    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /**
     * Starts a token request; {@link TokenRequest#issue()} signs it.
     *
     * @return the request, for subject {@code test-user}, no scopes, no roles, valid for five minutes
     */
    public TokenRequest token() {
        return new TokenRequest(server, ISSUER_ID);
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.shutdown();
    }
}
