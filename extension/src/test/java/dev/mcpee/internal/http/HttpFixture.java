package dev.mcpee.internal.http;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import dev.mcpee.internal.cdi.WeldDeployment;
import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.security.TestTokens;
import dev.mcpee.internal.session.SessionStore;
import dev.mcpee.internal.session.Listeners;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The transport-neutral MCP endpoint over a real deployment, without a web container: beans deployed in Weld
 * with the extension, tokens verified against keys served by a real HTTP server on 127.0.0.1, and sessions in
 * the in-memory store (two per user at most, so the cap is reached). A JUnit extension: register it in a
 * static field with {@code @RegisterExtension}.
 */
final class HttpFixture implements BeforeAllCallback, AfterAllCallback {

    /** The issuer of the test tokens. */
    static final String ISSUER = "https://auth.test/oidc";
    /** The resource, and so the tokens' audience. */
    static final String RESOURCE = "http://127.0.0.1/ctx/mcp";
    /** The metadata URL the challenges name. */
    static final String METADATA = "http://127.0.0.1/ctx/.well-known/oauth-protected-resource/mcp";
    /** Every wait for the endpoint's answer ends by then. */
    static final Duration DEADLINE = Duration.ofSeconds(20);

    private static final Map<String, String> CONFIG = Map.of("mcp.auth.anonymous", "false", "mcp.auth.issuer", ISSUER, "mcp.auth.resource", RESOURCE,
            "mcp.session.max-per-owner", "2", "mcp.tools.timeout", "PT5S");

    private final Class<?>[] beans;
    private HttpServer keys;
    private WeldContainer container;
    private TestTokens tokens;
    private StreamableHttp http;
    private Deployment deployment;
    private final Listeners listeners = new Listeners(4, 2);

    HttpFixture(Class<?>... beans) {
        this.beans = beans.clone();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, GeneralSecurityException {
        tokens = new TestTokens();
        byte[] jwks = Json.bytes(tokens.jwks());
        keys = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keys.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        keys.start();
        CONFIG.forEach(System::setProperty);
        System.setProperty("mcp.auth.jwks-uri", "http://127.0.0.1:" + keys.getAddress().getPort() + "/jwks");
        freshConfig();
        container = WeldDeployment.start(beans);
        deployment = container.select(Deployment.class).get();
        // The deployment's own store, as the servlet uses it (what the session gauge reads).
        http = new StreamableHttp(deployment, container.select(SessionStore.class).get(), listeners, METADATA,
                caller -> { });
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (container != null) {
            container.close();
        }
        keys.stop(0);
        CONFIG.keySet().forEach(System::clearProperty);
        System.clearProperty("mcp.auth.jwks-uri");
        freshConfig();
    }

    /** MP Config implementations may cache system properties: start from a new Config. */
    private static void freshConfig() {
        ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig());
    }

    /**
     * What the deployment built.
     *
     * @return the deployment
     */
    Deployment deployment() {
        return deployment;
    }

    /**
     * The open listen streams, to notify them as {@code McpFeatures} does.
     *
     * @return the registry
     */
    Listeners listeners() {
        return listeners;
    }

    /**
     * A valid access token for the resource.
     *
     * @param subject the user
     * @param scope   its space-separated scopes
     * @return the compact JWT
     */
    String token(String subject, String scope) {
        return token(subject, scope, JsonValue.EMPTY_JSON_OBJECT);
    }

    /**
     * A valid access token for the resource with further claims.
     *
     * @param subject the user
     * @param scope   its space-separated scopes
     * @param extra   further claims (roles, azp...)
     * @return the compact JWT
     */
    String token(String subject, String scope, JsonObject extra) {
        long now = System.currentTimeMillis() / 1000;
        try {
            return tokens.rs256(TestTokens.header("RS256", "rsa1").build(), Json.copy(extra).add("iss", ISSUER)
                    .add("sub", subject).add("aud", RESOURCE).add("iat", now - 5).add("exp", now + 600)
                    .add("scope", scope).build());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request to build: headers first, then POST, GET or DELETE.
     *
     * @return a request with the headers every well-behaved client sends, as user alice
     */
    Request request() {
        return new Request().header("Authorization", "Bearer " + token("alice", "read"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream");
    }

    /** One request's headers, then its method. */
    final class Request {

        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        /**
         * Sets a header; null removes it.
         *
         * @param name  the name
         * @param value the value, or null
         * @return this
         */
        Request header(String name, String value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
            return this;
        }

        /**
         * Names the session.
         *
         * @param id the session id
         * @return this
         */
        Request session(String id) {
            return header(StreamableHttp.SESSION_HEADER, id);
        }

        /**
         * POSTs a body and waits (within the deadline) for the reply.
         *
         * @param body the body
         * @return the reply
         */
        HttpReply post(String body) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            try {
                return http.post(headers::get, new ByteArrayInputStream(bytes)).toCompletableFuture()
                        .get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new AssertionError("POST " + body + " got no reply", e);
            }
        }

        /**
         * GET.
         *
         * @return the reply
         */
        HttpReply get() {
            return http.get(headers::get);
        }

        /**
         * DELETE.
         *
         * @return the reply
         */
        HttpReply delete() {
            return http.delete(headers::get);
        }
    }

    /**
     * A new session of alice's.
     *
     * @return its id
     */
    String openSession() {
        return openSession(request());
    }

    /**
     * A new session opened with the given request's headers.
     *
     * @param request the request
     * @return its id
     */
    String openSession(Request request) {
        HttpReply reply = request.post(initialize("2025-11-25"));
        String id = reply.header(StreamableHttp.SESSION_HEADER);
        if (reply.status() != 200 || id == null) {
            throw new AssertionError("initialize: " + reply.status() + " " + text(reply));
        }
        return id;
    }

    /**
     * An {@code initialize} request.
     *
     * @param version the revision asked for
     * @return the JSON
     */
    static String initialize(String version) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"" + version
                + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";
    }

    /**
     * A request message.
     *
     * @param id     its id
     * @param method the method
     * @param params the params JSON, or null
     * @return the JSON
     */
    static String call(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}";
    }

    /**
     * The body of a reply with a complete body.
     *
     * @param reply the reply
     * @return the body as text
     */
    static String text(HttpReply reply) {
        return reply.body() == null ? "" : new String(reply.body(), StandardCharsets.UTF_8);
    }

    /**
     * The JSON body of a reply.
     *
     * @param reply the reply
     * @return the object
     */
    static JsonObject json(HttpReply reply) {
        return Json.parse(text(reply)).asJsonObject();
    }

    /**
     * The JSON of the data lines of an event-stream reply: a finished one's body, or a stream that ends by
     * itself (a call's), written here.
     *
     * @param reply the reply with an event stream
     * @return each event's data, in order (the priming event's empty data left out)
     */
    static List<JsonObject> events(HttpReply reply) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (reply.stream() == null) {
            out.writeBytes(reply.body());
        } else {
            assertTimeoutPreemptively(DEADLINE, () -> reply.stream().write(out), "the stream did not end");
        }
        List<JsonObject> events = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("data:") && line.length() > "data:".length() + 1) {
                events.add(Json.parse(line.substring("data:".length()).trim()).asJsonObject());
            }
        }
        return events;
    }
}
