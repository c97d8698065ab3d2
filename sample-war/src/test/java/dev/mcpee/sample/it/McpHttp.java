package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A small HTTP client for the MCP endpoint, speaking exactly what a Streamable HTTP client sends, so tests
 * can vary one header or body at a time.
 */
public final class McpHttp {

    /** What a compliant client sends as {@code Accept}. */
    public static final String ACCEPT_BOTH = "application/json, text/event-stream";

    // HTTP/1.1 as MCP clients use it (and no h2c upgrade with its per-connection stream limit).
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String token;

    /**
     * Creates the client.
     *
     * @param endpoint the MCP endpoint URL
     * @param token    the bearer token every request carries, or null for none
     */
    public McpHttp(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    /**
     * The bearer token every request carries.
     *
     * @return the token, or null for none
     */
    public String token() {
        return token;
    }

    /**
     * The same endpoint with another token.
     *
     * @param otherToken the bearer token, or null for none
     * @return the client
     */
    public McpHttp as(String otherToken) {
        return new McpHttp(endpoint, otherToken);
    }

    /**
     * The endpoint.
     *
     * @return its URL
     */
    public URI endpoint() {
        return endpoint;
    }

    /** A request being put together. */
    public final class Call {
        private String method = "POST";
        private String body = "";
        private final Map<String, String> headers = new LinkedHashMap<>();

        Call() {
            headers.put("Content-Type", "application/json");
            headers.put("Accept", ACCEPT_BOTH);
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
        }

        /**
         * Sets a header; null removes it.
         *
         * @param name  the header
         * @param value the value, or null
         * @return this
         */
        public Call header(String name, String value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
            return this;
        }

        /**
         * Sets the session header.
         *
         * @param id the session id
         * @return this
         */
        public Call session(String id) {
            return header("Mcp-Session-Id", id);
        }

        /**
         * Sets the HTTP method.
         *
         * @param m the method
         * @return this
         */
        public Call method(String m) {
            this.method = m;
            return this;
        }

        /**
         * Sets the body.
         *
         * @param json the body text
         * @return this
         */
        public Call body(String json) {
            this.body = json;
            return this;
        }

        /**
         * Sends the request.
         *
         * @return the response
         */
        public HttpResponse<String> send() {
            try {
                return client.send(build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + endpoint + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /**
         * Sends the request without waiting.
         *
         * @return the response, when it arrives
         */
        public CompletableFuture<HttpResponse<String>> sendAsync() {
            return client.sendAsync(build(), HttpResponse.BodyHandlers.ofString());
        }

        /**
         * Sends the request and streams the body line by line (for event streams).
         *
         * @return the response once its headers arrived
         */
        public CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> sendLines() {
            return client.sendAsync(build(), HttpResponse.BodyHandlers.ofLines());
        }

        private HttpRequest build() {
            HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30));
            headers.forEach(b::header);
            HttpRequest.BodyPublisher publisher = body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body);
            return b.method(method, publisher).build();
        }
    }

    /**
     * A new POST with the headers a compliant client sends.
     *
     * @return the call
     */
    public Call post() {
        return new Call();
    }

    /**
     * A new GET: no body, no Content-Type, the rest as {@link #post()}.
     *
     * @return the call
     */
    public Call get() {
        return new Call().method("GET").header("Content-Type", null);
    }

    /**
     * A new GET for a session's server-to-client event stream ({@code Accept: text/event-stream}).
     *
     * @return the call
     */
    public Call stream() {
        return get().header("Accept", "text/event-stream");
    }

    /**
     * A JSON-RPC request body.
     *
     * @param id     the id
     * @param method the method
     * @param params the params JSON, or null
     * @return the body
     */
    public static String request(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}";
    }

    /**
     * The {@code initialize} body.
     *
     * @param version the protocol revision to ask for
     * @return the body
     */
    public static String initialize(String version) {
        return request(1, "initialize", "{\"protocolVersion\":\"" + version + "\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}");
    }

    /**
     * Opens a session the way a client does: initialize, then notifications/initialized.
     *
     * @return the session id
     */
    public String openSession() {
        return openSession("{}");
    }

    /**
     * Opens a session declaring client capabilities.
     *
     * @param capabilities the {@code capabilities} object of initialize, as JSON
     * @return the session id
     */
    public String openSession(String capabilities) {
        HttpResponse<String> init = post().body(request(1, "initialize", "{\"protocolVersion\":\"2025-11-25\","
                + "\"capabilities\":" + capabilities + ",\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}"))
                .send();
        assertEquals(200, init.statusCode(), init.body());
        String id = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
        HttpResponse<String> initialized = post().session(id).header("MCP-Protocol-Version", "2025-11-25")
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").send();
        assertEquals(202, initialized.statusCode(), initialized.body());
        return id;
    }

    /**
     * Calls a tool on a session and returns the JSON-RPC response.
     *
     * @param session   the session id
     * @param tool      the tool
     * @param arguments the arguments JSON
     * @return the response object
     */
    public JsonObject callTool(String session, String tool, String arguments) {
        HttpResponse<String> r = post().session(session).header("MCP-Protocol-Version", "2025-11-25")
                .header("Accept", "application/json")
                .body(request(7, "tools/call", "{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}"))
                .send();
        assertEquals(200, r.statusCode(), r.body());
        return parse(r.body()).asJsonObject();
    }

    /**
     * Parses JSON text.
     *
     * @param text the text
     * @return the value
     */
    public static JsonValue parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
