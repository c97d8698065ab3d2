package dev.mcpee.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginPolicyTest {

    private static final OriginPolicy DEFAULT = new OriginPolicy(List.of(McpConfig.DEFAULT_ORIGINS.split(",")));
    private static final OriginPolicy CONFIGURED = new OriginPolicy(List.of("https://app.example.com"));

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "NULL, true, true",
        "http://localhost:6274, true, false",
        "http://localhost, true, false",
        "http://LOCALHOST:3000, true, false",
        "http://127.0.0.1:9080, true, false",
        "http://[::1]:8080, true, false",
        "http://localhost.evil.com, false, false",
        "http://localhost:80x, false, false",
        "https://evil.example, false, false",
        "https://app.example.com, false, true",
        "https://app.example.com:8443, false, false",
        "null, false, false"
    })
    void decides(String origin, boolean byDefault, boolean configured) {
        assertEquals(byDefault, DEFAULT.allows(origin), "default policy");
        assertEquals(configured, CONFIGURED.allows(origin), "configured policy");
    }

    @ParameterizedTest
    @CsvSource({"https://anything.example", "http://localhost:1"})
    void starAllowsEveryOrigin(String origin) {
        assertEquals(true, new OriginPolicy(List.of("*")).allows(origin));
    }
}
