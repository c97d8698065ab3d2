package dev.mcpee.sample.it;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * Real authorization servers for the tests (mock-oauth2-server, started once per test JVM on fixed loopback
 * ports, because each WAR's configuration names its issuer before deployment): one issuing tokens shaped like
 * Asgardeo's (RS256, {@code aud} = the client id), one like Logto's (ES384, issuer ending in {@code /oidc},
 * {@code aud} = the resource indicator). Both put roles in a {@code roles} claim.
 */
public final class AuthServers {

    /** Which provider's token shape. */
    public enum Provider {
        /** RS256, typ at+jwt, aud = client id (accepted through mcp.auth.audience-aliases). */
        ASGARDEO("asgardeo", 18090, "RS256", "asgardeo-client"),
        /** ES384, typ at+jwt, aud = the resource, issuer .../oidc. */
        LOGTO("oidc", 18091, "ES384", null);

        final String issuerId;
        final int port;
        final String algorithm;
        final String clientIdAudience;
        private MockOAuth2Server server;

        Provider(String issuerId, int port, String algorithm, String clientIdAudience) {
            this.issuerId = issuerId;
            this.port = port;
            this.algorithm = algorithm;
            this.clientIdAudience = clientIdAudience;
        }

        synchronized MockOAuth2Server server() {
            if (server == null) {
                MockOAuth2Server s = new MockOAuth2Server(new OAuth2Config(false, null, null, false,
                        new OAuth2TokenProvider(new KeyProvider(List.of(), algorithm))));
                try {
                    s.start(InetAddress.getByName("127.0.0.1"), port);
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
                server = s;
            }
            return server;
        }

        String issuer() {
            return server().issuerUrl(issuerId).toString();
        }

        /**
         * A token as this provider issues it.
         *
         * @param resource the MCP resource URI (the Logto-like audience)
         * @param subject  sub
         * @param scope    the space-delimited scopes
         * @param roles    the roles
         * @param expiry   seconds until expiry (negative: already expired)
         * @param extra    further claims (override the defaults)
         * @return the compact JWT
         */
        String token(String resource, String subject, String scope, List<String> roles, long expiry,
                     Map<String, Object> extra) {
            return token(resource, subject, scope, roles, expiry, extra, "at+jwt");
        }

        /**
         * A token with a given {@code typ} header, as other providers issue them (many say {@code JWT}).
         *
         * @param resource the MCP resource URI (the Logto-like audience)
         * @param subject  sub
         * @param scope    the space-delimited scopes
         * @param roles    the roles
         * @param expiry   seconds until expiry (negative: already expired)
         * @param extra    further claims (override the defaults)
         * @param typ      the JOSE header's typ
         * @return the compact JWT
         */
        String token(String resource, String subject, String scope, List<String> roles, long expiry,
                     Map<String, Object> extra, String typ) {
            java.util.Map<String, Object> claims = new java.util.HashMap<>();
            claims.put("scope", scope);
            claims.put("roles", roles);
            claims.put("username", subject);
            claims.put("name", subject.substring(0, 1).toUpperCase() + subject.substring(1));
            claims.put("email", subject + "@example.com");
            claims.putAll(extra);
            String audience = clientIdAudience != null ? clientIdAudience : resource;
            return server().issueToken(issuerId, "mcp-client", new DefaultOAuth2TokenCallback(issuerId, subject,
                    typ, List.of(audience), claims, expiry)).serialize();
        }
    }

    private AuthServers() {
    }
}
