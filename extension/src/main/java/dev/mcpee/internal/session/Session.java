package dev.mcpee.internal.session;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import dev.mcpee.api.McpContext;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One MCP session (Streamable HTTP, revisions 2025-06-18 and 2025-11-25): created by {@code initialize},
 * named by an unguessable id, ended by DELETE or by staying idle too long. It holds what the client
 * negotiated and composes the session's parts, each a class of its own: the {@link OutboundQueue} and the
 * {@link StreamSlot} of its server-to-client stream, the {@link StreamLog} for resumption, its
 * {@link PendingRequests} to the client and its {@link RunningCalls}.
 */
public final class Session {

    private final String id;
    private final String protocolVersion;
    private final String owner;
    private volatile long lastAccessNanos;
    private volatile boolean initialized;
    private volatile McpContext.Level logLevel;
    private volatile JsonObject clientCapabilities = JsonValue.EMPTY_JSON_OBJECT;
    private final Set<String> subscriptions = ConcurrentHashMap.newKeySet();
    private final OutboundQueue outbound = new OutboundQueue();
    private final StreamLog log;
    private final StreamSlot stream;
    private final PendingRequests requests = new PendingRequests();
    private final RunningCalls calls = new RunningCalls();
    private volatile Consumer<Session> changes;

    /**
     * Creates the session, keeping 100 events per stream.
     *
     * @param id              the session id sent in {@code Mcp-Session-Id}
     * @param protocolVersion the negotiated protocol revision
     * @param owner           who created it (issuer and subject of the token), "" when anonymous
     * @param nowNanos        the creation time, from the store's clock
     */
    public Session(String id, String protocolVersion, String owner, long nowNanos) {
        this(id, protocolVersion, owner, nowNanos, 100);
    }

    /**
     * Creates the session.
     *
     * @param id              the session id sent in {@code Mcp-Session-Id}
     * @param protocolVersion the negotiated protocol revision
     * @param owner           who created it (issuer and subject of the token), "" when anonymous
     * @param nowNanos        the creation time, from the store's clock
     * @param replayEvents    events kept per stream for resumption
     */
    public Session(String id, String protocolVersion, String owner, long nowNanos, int replayEvents) {
        this(id, protocolVersion, owner, nowNanos, new LocalStreamLog(replayEvents));
    }

    /**
     * Creates the session with a given stream log (a shared one, when several instances serve the session).
     *
     * @param id              the session id sent in {@code Mcp-Session-Id}
     * @param protocolVersion the negotiated protocol revision
     * @param owner           who created it (issuer and subject of the token), "" when anonymous
     * @param nowNanos        the creation time, from the store's clock
     * @param log             the session's stream log
     */
    public Session(String id, String protocolVersion, String owner, long nowNanos, StreamLog log) {
        this.log = log;
        this.stream = new StreamSlot(outbound, log);
        this.id = id;
        this.protocolVersion = protocolVersion;
        this.owner = owner;
        this.lastAccessNanos = nowNanos;
    }

    /**
     * Who hears of changes to what the client negotiated, asked or subscribed to: a shared store writes them
     * where the other instances read them. Set once, by the store that made the session.
     *
     * @param listener called after each change, on the thread that made it
     */
    public void onChange(Consumer<Session> listener) {
        this.changes = listener;
    }

    /**
     * Takes what another instance recorded, without telling {@link #onChange} listeners (it came from them).
     *
     * @param initialized  whether the client sent {@code notifications/initialized}
     * @param level        the log level, or null
     * @param capabilities the client's capabilities
     * @param uris         the subscribed resources
     */
    public void restore(boolean initialized, McpContext.Level level, JsonObject capabilities, Set<String> uris) {
        this.initialized = initialized;
        this.logLevel = level;
        this.clientCapabilities = capabilities == null ? JsonValue.EMPTY_JSON_OBJECT : capabilities;
        subscriptions.retainAll(uris);
        subscriptions.addAll(uris);
    }

    /**
     * The subscribed resources.
     *
     * @return a copy
     */
    public Set<String> subscriptions() {
        return Set.copyOf(subscriptions);
    }

    private void changed() {
        Consumer<Session> listener = changes;
        if (listener != null) {
            listener.accept(this);
        }
    }

    /**
     * The id, sent in {@code Mcp-Session-Id}.
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
        changed();
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
        changed();
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
        changed();
    }

    /**
     * Records {@code resources/subscribe}.
     *
     * @param uri the resource
     */
    public void subscribe(String uri) {
        if (subscriptions.add(uri)) {
            changed();
        }
    }

    /**
     * Records {@code resources/unsubscribe}.
     *
     * @param uri the resource
     */
    public void unsubscribe(String uri) {
        if (subscriptions.remove(uri)) {
            changed();
        }
    }

    /**
     * Whether the client subscribed to a resource.
     *
     * @param uri the resource
     * @return true when subscribed
     */
    public boolean subscribed(String uri) {
        return subscriptions.contains(uri);
    }

    /**
     * The messages waiting for the server-to-client stream.
     *
     * @return the queue
     */
    public OutboundQueue outbound() {
        return outbound;
    }

    /**
     * The slot of the session's single server-to-client stream.
     *
     * @return the slot
     */
    public StreamSlot stream() {
        return stream;
    }

    /**
     * The recent events of this session's streams, for resumption.
     *
     * @return the log
     */
    public StreamLog log() {
        return log;
    }

    /**
     * The requests to the client waiting for its response.
     *
     * @return the requests
     */
    public PendingRequests requests() {
        return requests;
    }

    /**
     * The calls that {@code notifications/cancelled} can reach.
     *
     * @return the calls
     */
    public RunningCalls calls() {
        return calls;
    }

    /**
     * Whether this session's event streams start with a priming event (an id to resume from, and
     * {@code retry}): revisions after 2025-06-18.
     *
     * @return true unless the session negotiated 2025-06-18
     */
    public boolean primesStreams() {
        return !"2025-06-18".equals(protocolVersion);
    }

    /**
     * The event stream id of the latest server-to-client stream, which a client may resume.
     *
     * @return the id, or null before the first GET
     */
    public String serverStreamId() {
        return log.pinned();
    }

    /** Ends the session because the application stops: its stream stops at once. */
    public void end() {
        close();
    }

    /** Ends the session: its stream stops at once. */
    void close() {
        outbound.close();
    }

    /**
     * Whether the session ended.
     *
     * @return true once deleted
     */
    public boolean closed() {
        return outbound.closed();
    }

    long lastAccessNanos() {
        return lastAccessNanos;
    }

    void touch(long nowNanos) {
        lastAccessNanos = nowNanos;
    }
}
