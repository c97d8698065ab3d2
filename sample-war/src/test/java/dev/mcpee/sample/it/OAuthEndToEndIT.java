package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end, Logto-like, on Open Liberty: oidc-provider (the engine Logto is built on) as the authorization
 * server with RFC 8707 resource indicators and ES384 JWT access tokens, and the official MCP TypeScript SDK
 * client starting from nothing but the MCP URL: 401, protected resource metadata, authorization server
 * discovery, dynamic registration, authorization code + PKCE with {@code resource} (login automated in the
 * authorization server's interaction step), whoami and a read tool; then a write tool, 403
 * {@code insufficient_scope}, re-authorization with the added scope on the same session, success.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OAuthEndToEndIT {

    private static final String CONTEXT = "vetassist-e2e";
    private static final int AS_PORT = Integer.getInteger("e2e.as.port", 18444);
    private static final String RESOURCE = SampleWar.resource(SampleWar.LIBERTY, CONTEXT);
    private static Process authServer;

    @Deployment(testable = false)
    static WebArchive war() throws Exception {
        String issuer = startAuthServer();
        return SampleWar.archive(CONTEXT, issuer, SampleWar.LIBERTY, Map.of());
    }

    /** Starts oidc-provider before the WAR is deployed: the extension discovers its keys at deployment. */
    private static String startAuthServer() throws Exception {
        File dir = new File(System.getProperty("node.clients.dir", "target/node"));
        authServer = new ProcessBuilder("node", "authserver.mjs", "--port", Integer.toString(AS_PORT), "--resource",
                RESOURCE).directory(dir).redirectError(new File(dir, "authserver.log")).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(authServer.getInputStream(),
                StandardCharsets.UTF_8));
        String ready = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        if (ready == null) {
            throw new IllegalStateException("authserver.mjs did not start; see " + new File(dir, "authserver.log"));
        }
        return McpHttp.parse(ready).asJsonObject().getString("issuer");
    }

    @AfterAll
    static void stopAuthServer() throws InterruptedException {
        if (authServer != null) {
            authServer.destroy();
            authServer.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void officialClientAuthorizesAndStepsUpScopes() throws Exception {
        JsonObject report = NodeClient.run("oauth-e2e.mjs", RESOURCE, "--login", "alice");
        System.out.println("OAuth end-to-end steps:");
        for (JsonValue step : report.getJsonArray("steps")) {
            System.out.println("  " + step);
        }
        assertTrue(report.getBoolean("ok"), report.getJsonArray("checks").toString());
        assertTrue(report.getBoolean("stepUp"), "the write tool needed a second authorization");
        assertEquals("alice", report.getJsonObject("whoami").getString("sub"));
        assertEquals("Rex", report.getJsonObject("profile").getString("name"));
    }
}
