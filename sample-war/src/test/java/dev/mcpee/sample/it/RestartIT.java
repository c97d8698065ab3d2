package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.mcpee.sample.servers.ManagedLiberty;
import dev.mcpee.sample.servers.ManagedServer;
import jakarta.json.JsonObject;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A server restart, seen by the official TypeScript SDK client: its session is gone, the server answers 404 on
 * it, and a new session (initialize) works at once. The Open Liberty here is started, killed and started again
 * by the test (Arquillian cannot restart its server in the middle of a test).
 */
class RestartIT {

    private static final Path WORK = Path.of("target", "restart");

    @Test
    void clientsWithOldSessionsGet404AndStartANewSession() throws Exception {
        Files.createDirectories(WORK);
        Path wlp = Path.of(System.getProperty("liberty.wlp.home"));
        Path config = Path.of(System.getProperty("liberty.config.dir", "../liberty-config"));
        try (ManagedServer server = new ManagedLiberty(WORK, "restart", 19380, false, wlp, config, List.of())) {
            String endpoint = server.baseUrl() + "/vetassist/mcp";
            WebArchive war = SampleWar.archive("vetassist", AuthServers.Provider.ASGARDEO, server.baseUrl(),
                    Map.of());
            server.start(List.of(war), List.of(endpoint));
            String token = Tokens.staff(AuthServers.Provider.ASGARDEO, endpoint);
            Path connected = WORK.resolve("connected");
            Path restarted = WORK.resolve("restarted");
            Files.deleteIfExists(connected);
            Files.deleteIfExists(restarted);
            CompletableFuture<JsonObject> client = CompletableFuture.supplyAsync(() -> {
                try {
                    return NodeClient.run("restart.mjs", endpoint, token, connected.toAbsolutePath().toString(),
                            restarted.toAbsolutePath().toString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Instant deadline = Instant.now().plusSeconds(60);
            while (!Files.exists(connected)) {
                assertTrue(Instant.now().isBefore(deadline) && !client.isDone(), "the client did not connect: "
                        + (client.isDone() ? client.join() : "still waiting"));
                Thread.sleep(200);
            }
            server.kill();
            server.start(List.of(war), List.of(endpoint));
            Files.writeString(restarted, "yes");
            JsonObject result = client.get(90, TimeUnit.SECONDS);
            assertEquals("vera", result.getJsonObject("before").getString("sub"), result.toString());
            assertNotNull(result.get("staleError"), "the old session failed: " + result);
            assertEquals(404, result.getJsonObject("staleError").getInt("code"), result.toString());
            assertEquals("vera", result.getJsonObject("after").getString("sub"), result.toString());
            assertNotEquals(result.getString("oldSession"), result.getString("newSession"));
        }
    }
}
