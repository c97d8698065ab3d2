package dev.mcpee.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MpJwtConfigSourceTest {

    @AfterEach
    void clear() {
        MpJwtConfigSource.clear();
    }

    @Test
    void publishesTheAuthorizationServerToMpJwt() {
        MpJwtConfigSource.publish("https://as.example/oidc", "https://as.example/oidc/jwks", "https://mcp/x,client", 60);
        Config config = new SmallRyeConfigBuilder().withSources(new MpJwtConfigSource()).build();
        assertEquals("https://as.example/oidc", config.getValue("mp.jwt.verify.issuer", String.class));
        assertEquals("https://as.example/oidc/jwks", config.getValue("mp.jwt.verify.publickey.location", String.class));
        assertEquals("https://mcp/x,client", config.getValue("mp.jwt.verify.audiences", String.class));
        assertEquals("60", config.getValue("mp.jwt.verify.clock.skew", String.class));
    }

    @Test
    void explicitSettingsWin() {
        MpJwtConfigSource.publish("https://as.example/oidc", "https://as.example/oidc/jwks", "a", 60);
        Config config = new SmallRyeConfigBuilder().withSources(new MpJwtConfigSource(),
                new PropertiesConfigSource(Map.of("mp.jwt.verify.issuer", "https://mine"), "app", 100)).build();
        assertEquals("https://mine", config.getValue("mp.jwt.verify.issuer", String.class));
    }

    @Test
    void nothingBeforeDeployment() {
        assertNull(new MpJwtConfigSource().getValue("mp.jwt.verify.issuer"));
    }
}
