package dev.mcpee.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.mcpee.internal.problem.Problem;
import dev.mcpee.internal.problem.Problems;
import io.smallrye.config.PropertiesConfigSource;
import dev.mcpee.internal.problem.Problem;
import dev.mcpee.internal.problem.Problems;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class McpConfigTest {

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 100)).build();
    }

    @Test
    void defaults() {
        Problems problems = new Problems();
        McpConfig c = McpConfig.read(config(Map.of()), "fallback", problems);
        assertEquals(List.of(), problems.list());
        assertEquals("fallback", c.serverName());
        assertEquals("1.0.0", c.serverVersion());
        assertNull(c.serverTitle());
        assertNull(c.instructions());
        assertEquals(50, c.pageSize());
        assertEquals(Duration.ofMinutes(30), c.sessionIdleTimeout());
        assertEquals(10_000, c.maxSessions());
        assertEquals(100, c.maxSessionsPerOwner());
        assertEquals(4 * 1024 * 1024, c.maxRequestBytes());
        assertTrue(c.allowedOrigins().allows("http://localhost:1234"));
        assertEquals(Duration.ofMinutes(5), c.toolTimeout());
        assertEquals(100, c.replayEvents());
        assertEquals(Duration.ZERO, c.cacheTtl());
        assertEquals(Limits.DEFAULTS, c.limits());
    }

    @Test
    void readsEveryKey() {
        Problems problems = new Problems();
        McpConfig c = McpConfig.read(config(Map.ofEntries(Map.entry("mcp.server.name", "vet"),
                Map.entry("mcp.server.version", "2.1"), Map.entry("mcp.server.title", "Vet"),
                Map.entry("mcp.server.instructions", "Be kind"), Map.entry("mcp.list.page-size", "5"),
                Map.entry("mcp.session.idle-timeout", "PT2M"), Map.entry("mcp.session.max", "3"),
                Map.entry("mcp.session.max-per-owner", "2"), Map.entry("mcp.http.max-request-bytes", "1000"),
                Map.entry("mcp.http.allowed-origins", "https://a.example, https://b.example"),
                Map.entry("mcp.tools.timeout", "PT10S"), Map.entry("mcp.session.replay-events", "7"),
                Map.entry("mcp.cache.ttl", "PT1M"), Map.entry("mcp.http.max-json-depth", "8"),
                Map.entry("mcp.tools.max-result-chars", "100"), Map.entry("mcp.session.max-concurrent-calls", "2"),
                Map.entry("mcp.caller.max-concurrent-calls", "3"), Map.entry("mcp.session.max-pending-requests", "4"),
                Map.entry("mcp.session.max-subscriptions", "5"))),
                "x", problems);
        assertEquals(List.of(), problems.list());
        assertEquals(new McpConfig("vet", "2.1", "Vet", "Be kind", 5, Duration.ofMinutes(2), 3, 2, 1000,
                new OriginPolicy(List.of("https://a.example", "https://b.example")), Duration.ofSeconds(10), 7,
                Duration.ofMinutes(1), null, StoreSettings.MEMORY, new Limits(8, 100, 2, 3, 4, 5)), c);
    }

    @Test
    void reportsEveryBadKeyByName() {
        Problems problems = new Problems();
        McpConfig.read(config(Map.of("mcp.list.page-size", "0", "mcp.session.idle-timeout", "30 minutes",
                "mcp.session.max", "many", "mcp.http.allowed-origins", "https://ok.example,ftp:/bad/path")),
                "x", problems);
        List<String> texts = problems.list().stream().map(Problem::toString).toList();
        assertEquals(4, texts.size(), texts.toString());
        assertTrue(texts.stream().anyMatch(p -> p.startsWith("MCPEE101: mcp.list.page-size=0 ")));
        assertTrue(texts.stream().anyMatch(p -> p.startsWith("MCPEE102: mcp.session.idle-timeout=30 minutes ")));
        assertTrue(texts.stream().anyMatch(p -> p.startsWith("MCPEE101: mcp.session.max=many ")));
        assertTrue(texts.stream().anyMatch(p -> p.startsWith("MCPEE103: mcp.http.allowed-origins entry 'ftp:/bad/path'")));
    }

    @Test
    void theSharedStoreIsChosenAndConfiguredByItsKeys() {
        Problems problems = new Problems();
        StoreSettings store = McpConfig.read(config(Map.of("mcp.session.store", "jcache",
                "mcp.session.jcache.provider", "com.hazelcast.cache.HazelcastMemberCachingProvider",
                "mcp.session.jcache.properties", "hazelcast.config.location=classpath:mcp-hazelcast.xml, a = b=c",
                "mcp.session.jcache.prefix", "vet", "mcp.session.replay-window", "PT2M")), "x", problems).store();
        assertEquals(List.of(), problems.list());
        assertEquals(new StoreSettings(true, "com.hazelcast.cache.HazelcastMemberCachingProvider", null,
                Map.of("hazelcast.config.location", "classpath:mcp-hazelcast.xml", "a", "b=c"), "vet",
                Duration.ofMinutes(2)), store);
        assertEquals(StoreSettings.MEMORY, McpConfig.read(config(Map.of()), "x", problems).store());
    }

    @Test
    void anUnknownStoreAndAPropertyWithoutAKeyAreNamed() {
        Problems problems = new Problems();
        McpConfig.read(config(Map.of("mcp.session.store", "redis")), "x", problems);
        McpConfig.read(config(Map.of("mcp.session.store", "jcache", "mcp.session.jcache.properties", "=x")), "x",
                problems);
        List<String> texts = problems.list().stream().map(Problem::toString).toList();
        assertEquals(2, texts.size(), texts.toString());
        assertTrue(texts.get(0).startsWith("MCPEE113: mcp.session.store=redis is not a session store."), texts.get(0));
        assertTrue(texts.get(1).startsWith("MCPEE114: mcp.session.jcache.properties entry '=x' is not key=value."),
                texts.get(1));
    }
}
