package dev.mcpee.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class DiscoveryTest {

    @Test
    void logtoStyleIssuerWithPath() {
        assertEquals(List.of(URI.create("https://t.logto.app/oidc/.well-known/openid-configuration"),
                        URI.create("https://t.logto.app/.well-known/oauth-authorization-server/oidc"),
                        URI.create("https://t.logto.app/.well-known/openid-configuration/oidc")),
                AuthorizationServerDiscovery.candidates("https://t.logto.app/oidc"));
    }

    @Test
    void asgardeoStyleIssuer() {
        assertEquals(URI.create("https://api.asgardeo.io/t/acme/oauth2/token/.well-known/openid-configuration"),
                AuthorizationServerDiscovery.candidates("https://api.asgardeo.io/t/acme/oauth2/token").get(0));
    }

    @Test
    void issuerWithoutPath() {
        assertEquals(List.of(URI.create("http://localhost:8080/.well-known/openid-configuration"),
                        URI.create("http://localhost:8080/.well-known/oauth-authorization-server")),
                AuthorizationServerDiscovery.candidates("http://localhost:8080/"));
    }
}
