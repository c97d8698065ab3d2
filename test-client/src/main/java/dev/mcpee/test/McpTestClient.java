package dev.mcpee.test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * An MCP client for JUnit 5 tests of an application's own tools, prompts and resources, over Streamable HTTP as
 * a real client speaks it, under a 2025 revision (a session) or 2026-07-28 (stateless requests):
 *
 * <pre>{@code
 * try (McpTestClient client = McpTestClient.to("http://localhost:9080/app/mcp").token(token).open()) {
 *     client.callTool("greet", Map.of("name", "Ada")).assertOk().assertText(contains("Ada"));
 * }
 * }</pre>
 *
 * Every request is a POST accepting JSON and event streams; an answer streamed as events is read up to the
 * response to the request, and the notifications before it are kept ({@link McpResponse#notifications()}). Each
 * request has a deadline ({@link Builder#requestTimeout(Duration)}). Under 2025-x the first request opens the
 * session ({@code initialize}, {@code notifications/initialized}); if the server refuses to open it, that
 * refusal is the request's answer, so {@code assertUnauthorized()} reads the same under both revisions.
 * {@link #close()} ends the session. Requests the server sends to the client (sampling, elicitation, roots) are
 * not answered.
 */
public final class McpTestClient implements AutoCloseable {

    /** The prefix of the {@code _meta} keys a 2026-07-28 request describes itself with. */
    private static final String META = "io.modelcontextprotocol/";

    private final Transport transport;
    private final Revision revision;
    private final Session session;
    private final boolean progress;
    private final String logLevel;

    private McpTestClient(Transport transport, Revision revision, Session session, boolean progress,
                          String logLevel) {
        this.transport = transport;
        this.revision = revision;
        this.session = session;
        this.progress = progress;
        this.logLevel = logLevel;
    }

    /**
     * Starts a client for an endpoint.
     *
     * @param endpoint the MCP endpoint URL, e.g. {@code http://localhost:9080/app/mcp}
     * @return the builder
     */
    public static Builder to(String endpoint) {
        return to(URI.create(endpoint));
    }

    /**
     * Starts a client for an endpoint.
     *
     * @param endpoint the MCP endpoint URL
     * @return the builder
     */
    public static Builder to(URI endpoint) {
        return new Builder(endpoint);
    }

    /**
     * {@code tools/list} (the first page).
     *
     * @return the answer
     */
    public McpResponse listTools() {
        return request("tools/list", Map.of());
    }

    /**
     * {@code tools/call}.
     *
     * @param name      the tool
     * @param arguments the arguments: strings, numbers, booleans, enums, maps, lists, arrays or jakarta.json values
     * @return the answer
     */
    public McpResponse callTool(String name, Map<String, ?> arguments) {
        return request("tools/call", Map.of("name", name, "arguments", arguments));
    }

    /**
     * {@code prompts/list} (the first page).
     *
     * @return the answer
     */
    public McpResponse listPrompts() {
        return request("prompts/list", Map.of());
    }

    /**
     * {@code prompts/get}.
     *
     * @param name      the prompt
     * @param arguments its arguments
     * @return the answer
     */
    public McpResponse getPrompt(String name, Map<String, String> arguments) {
        return request("prompts/get", Map.of("name", name, "arguments", arguments));
    }

    /**
     * {@code resources/list} (the first page).
     *
     * @return the answer
     */
    public McpResponse listResources() {
        return request("resources/list", Map.of());
    }

    /**
     * {@code resources/read}.
     *
     * @param uri the resource
     * @return the answer
     */
    public McpResponse readResource(String uri) {
        return request("resources/read", Map.of("uri", uri));
    }

    /**
     * Any request, such as {@code completion/complete}, {@code resources/templates/list} or a list's next page,
     * shaped for the revision like the methods above ({@code _meta} entries given here are kept).
     *
     * @param method the method
     * @param params its params (see {@link #callTool(String, Map)} for the values)
     * @return the answer
     */
    public McpResponse request(String method, Map<String, ?> params) {
        JsonObject given = JsonValues.of(params).asJsonObject();
        String name = switch (method) {
            case "tools/call", "prompts/get" -> given.get("name") instanceof JsonString s ? s.getString() : null;
            case "resources/read" -> given.get("uri") instanceof JsonString s ? s.getString() : null;
            default -> null;
        };
        String what = name == null ? method : method + " " + name;
        McpResponse refused = session.open();
        if (refused != null) {
            return refused;
        }
        long id = session.nextId();
        JsonObject body = Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", id).add("method", method)
                .add("params", withMeta(given, id)).build();
        Map<String, String> headers = revision.stateless() ? StatelessHeaders.of(revision, method, name)
                : session.headers();
        return new McpResponse(what, transport.post(body, headers, what));
    }

    /** The params with what this client adds to {@code _meta}: the 2026-07-28 fields, a progress token. */
    private JsonObject withMeta(JsonObject params, long id) {
        JsonObjectBuilder meta = params.get("_meta") instanceof JsonObject m ? Json.createObjectBuilder(m)
                : Json.createObjectBuilder();
        if (revision.stateless()) {
            meta.add(META + "protocolVersion", revision.version())
                    .add(META + "clientCapabilities", JsonValue.EMPTY_JSON_OBJECT)
                    .add(META + "clientInfo", Session.CLIENT_INFO);
            if (logLevel != null) {
                meta.add(META + "logLevel", logLevel);
            }
        }
        if (progress) {
            meta.add("progressToken", "progress-" + id);
        }
        JsonObject built = meta.build();
        return built.isEmpty() ? params : Json.createObjectBuilder(params).add("_meta", built).build();
    }

    /**
     * This client, with a progress token ({@code _meta.progressToken}) on every request, so the server reports
     * progress ({@link McpResponse#assertNotified(String, int)}). It shares this client's session.
     *
     * @return the client
     */
    public McpTestClient withProgress() {
        return new McpTestClient(transport, revision, session, true, logLevel);
    }

    /**
     * This client, asking for log messages ({@code notifications/message}) of a level and above: under
     * 2026-07-28 on every request ({@code _meta}), under 2025-x for the whole session ({@code logging/setLevel},
     * sent now). It shares this client's session.
     *
     * @param level e.g. {@code info} or {@code debug}
     * @return the client
     */
    public McpTestClient withLogLevel(String level) {
        if (!revision.stateless()) {
            request("logging/setLevel", Map.of("level", level)).assertOk();
        }
        return new McpTestClient(transport, revision, session, progress, level);
    }

    /**
     * The revision this client speaks.
     *
     * @return the revision
     */
    public Revision revision() {
        return revision;
    }

    /**
     * The session id the server gave (2025-x, once a request has opened the session).
     *
     * @return the id, or empty
     */
    public Optional<String> sessionId() {
        return Optional.ofNullable(session.id());
    }

    /** Ends the session (2025-x: {@code DELETE}); the views of this client end with it. */
    @Override
    public void close() {
        session.close();
    }

    /** How a {@link McpTestClient} is set up. */
    public static final class Builder {
        private final URI endpoint;
        private String token;
        private Revision revision = Revision.V2025_11_25;
        private Duration timeout = Duration.ofSeconds(30);

        private Builder(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        }

        /**
         * The bearer token every request carries; without one, requests carry none.
         *
         * @param bearer the access token, e.g. from {@link TestIssuer#token()}
         * @return this
         */
        public Builder token(String bearer) {
            this.token = bearer;
            return this;
        }

        /**
         * The revision to speak; 2025-11-25 unless set.
         *
         * @param r the revision
         * @return this
         */
        public Builder revision(Revision r) {
            this.revision = Objects.requireNonNull(r, "revision");
            return this;
        }

        /**
         * How long one request may take, from sending it to the end of its answer; 30 seconds unless set.
         *
         * @param deadline the time
         * @return this
         */
        public Builder requestTimeout(Duration deadline) {
            if (deadline.isNegative() || deadline.isZero()) {
                throw new IllegalArgumentException("The request timeout must be positive: " + deadline);
            }
            this.timeout = deadline;
            return this;
        }

        /**
         * The client. Nothing is sent yet: under 2025-x the first request opens the session.
         *
         * @return the client
         */
        public McpTestClient open() {
            Transport transport = new Transport(endpoint, token, timeout);
            return new McpTestClient(transport, revision, new Session(transport, revision), false, null);
        }
    }
}
