package dev.mcpee.internal.session;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.mcpee.api.McpContext;
import dev.mcpee.internal.invoke.ToolCall;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One MCP session (Streamable HTTP, revisions 2025-06-18 and 2025-11-25): created by {@code initialize},
 * named by an unguessable id, ended by DELETE or by staying idle too long.
 */
public final class Session {

    private final String id;
    private final String protocolVersion;
    private final String owner;
    private volatile long lastAccessNanos;
    private volatile boolean initialized;
    private volatile McpContext.Level logLevel;
    private final Map<String, ToolCall> inFlight = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicLong requestIds = new AtomicLong();
    private volatile JsonObject clientCapabilities = JsonValue.EMPTY_JSON_OBJECT;

    /**
     * Creates the session.
     *
     * @param id              the session id sent in {@code Mcp-Session-Id}
     * @param protocolVersion the negotiated protocol revision
     * @param owner           who created it (issuer and subject of the token), "" when anonymous
     * @param nowNanos        the creation time, from the store's clock
     */
    public Session(String id, String protocolVersion, String owner, long nowNanos) {
        this.id = id;
        this.protocolVersion = protocolVersion;
        this.owner = owner;
        this.lastAccessNanos = nowNanos;
    }

    /**
     * The id.
     *
     * @return the session id
     */
    public String id() {
        return id;
    }

    /**
     * The negotiated protocol revision.
     *
     * @return the revision, such as {@code 2025-11-25}
     */
    public String protocolVersion() {
        return protocolVersion;
    }

    /**
     * Who the session belongs to: the issuer and subject that created it. Bound to the user, not the token,
     * so a client that re-authorizes (a scope step-up) keeps its session.
     *
     * @return the owner key
     */
    public String owner() {
        return owner;
    }

    /**
     * Whether the client sent {@code notifications/initialized}.
     *
     * @return true once initialized
     */
    public boolean initialized() {
        return initialized;
    }

    /** Records {@code notifications/initialized}. */
    public void markInitialized() {
        initialized = true;
    }

    /**
     * The least severe level the client wants log messages of ({@code logging/setLevel}).
     *
     * @return the level, or null for every level
     */
    public McpContext.Level logLevel() {
        return logLevel;
    }

    /**
     * Records {@code logging/setLevel}.
     *
     * @param level the least severe level to send
     */
    public void logLevel(McpContext.Level level) {
        logLevel = level;
    }

    /**
     * Registers a call that can be cancelled while it runs.
     *
     * @param requestId the request's id
     * @param call      the call
     */
    public void started(JsonValue requestId, ToolCall call) {
        inFlight.put(requestId.toString(), call);
    }

    /**
     * Unregisters a finished call.
     *
     * @param requestId the request's id
     */
    public void ended(JsonValue requestId) {
        inFlight.remove(requestId.toString());
    }

    /**
     * Cancels a running call ({@code notifications/cancelled}); an unknown or finished id is ignored.
     *
     * @param requestId the id the notification names
     */
    public void cancel(JsonValue requestId) {
        ToolCall call = inFlight.get(requestId.toString());
        if (call != null) {
            call.cancel();
        }
    }

    /**
     * What the client declared in {@code initialize}.
     *
     * @return the client's capabilities (empty when none)
     */
    public JsonObject clientCapabilities() {
        return clientCapabilities;
    }

    /**
     * Records the client's capabilities.
     *
     * @param capabilities the {@code capabilities} of {@code initialize}
     */
    public void clientCapabilities(JsonObject capabilities) {
        clientCapabilities = capabilities == null ? JsonValue.EMPTY_JSON_OBJECT : capabilities;
    }

    /**
     * Opens a server-to-client request: a fresh id (a string, so it never collides with the client's ids) and
     * the future its response completes.
     *
     * @param response completed with the client's whole response message
     * @return the request id
     */
    public String openRequest(CompletableFuture<JsonObject> response) {
        String id = "mcp-ee-" + requestIds.incrementAndGet();
        pending.put(id, response);
        response.whenComplete((r, e) -> pending.remove(id));
        return id;
    }

    /**
     * Completes a server-to-client request with the response the client POSTed; unknown ids are ignored.
     *
     * @param id      the response's id
     * @param message the response message
     */
    public void completeRequest(JsonValue id, JsonObject message) {
        if (id instanceof jakarta.json.JsonString s) {
            CompletableFuture<JsonObject> f = pending.get(s.getString());
            if (f != null) {
                f.complete(message);
            }
        }
    }

    long lastAccessNanos() {
        return lastAccessNanos;
    }

    void touch(long nowNanos) {
        lastAccessNanos = nowNanos;
    }
}
