package dev.mcpee.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** The MP JWT settings go into the configuration that loaded the source, and only there. */
class MpJwtConfigSourceTest {

    @Test
    void publishesTheAuthorizationServerToMpJwt() {
        Config config = new SmallRyeConfigBuilder().withSources(new MpJwtConfigSource()).build();
        assertTrue(MpJwtConfigSource.publish(config, "https://as.example/oidc", "https://as.example/oidc/jwks",
                "https://mcp/x,client", 60));
        assertEquals("https://as.example/oidc", config.getValue("mp.jwt.verify.issuer", String.class));
        assertEquals("https://as.example/oidc/jwks", config.getValue("mp.jwt.verify.publickey.location", String.class));
        assertEquals("https://mcp/x,client", config.getValue("mp.jwt.verify.audiences", String.class));
        assertEquals("60", config.getValue("mp.jwt.verify.clock.skew", String.class));
        MpJwtConfigSource.clear(config);
        assertTrue(config.getOptionalValue("mp.jwt.verify.issuer", String.class).isEmpty());
    }

    @Test
    void explicitSettingsWin() {
        Config config = new SmallRyeConfigBuilder().withSources(new MpJwtConfigSource(),
                new PropertiesConfigSource(Map.of("mp.jwt.verify.issuer", "https://mine"), "app", 100)).build();
        MpJwtConfigSource.publish(config, "https://as.example/oidc", "https://as.example/oidc/jwks", "a", 60);
        assertEquals("https://mine", config.getValue("mp.jwt.verify.issuer", String.class));
    }

    @Test
    void twoApplicationsKeepTheirOwnValues() {
        Config first = new SmallRyeConfigBuilder().withSources(new MpJwtConfigSource()).build();
        Config second = new SmallRyeConfigBuilder().withSources(new MpJwtConfigSource()).build();
        MpJwtConfigSource.publish(first, "https://one.example", "https://one.example/jwks", "a", 60);
        MpJwtConfigSource.publish(second, "https://two.example", "https://two.example/jwks", "b", 60);
        assertEquals("https://one.example", first.getValue("mp.jwt.verify.issuer", String.class));
        assertEquals("https://two.example", second.getValue("mp.jwt.verify.issuer", String.class));
    }

    @Test
    void aConfigurationWithoutTheSourceIsReported() {
        Config config = new SmallRyeConfigBuilder().build();
        assertFalse(MpJwtConfigSource.publish(config, "https://as.example", "https://as.example/jwks", "a", 60));
    }

    @Test
    void nothingBeforeDeployment() {
        assertNull(new MpJwtConfigSource().getValue("mp.jwt.verify.issuer"));
    }
}
