package dev.mcpee.internal.session;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.mcpee.api.McpContext;
import dev.mcpee.internal.invoke.StreamedCall;
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
    private final Map<String, StreamedCall> inFlight = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicLong requestIds = new AtomicLong();
    private volatile JsonObject clientCapabilities = JsonValue.EMPTY_JSON_OBJECT;
    private final Set<String> subscriptions = ConcurrentHashMap.newKeySet();
    private final BlockingDeque<JsonObject> outbound = new LinkedBlockingDeque<>(OUTBOUND_MAX);
    /** Guards the stream claim's changes, which must be seen together; reading it needs no lock. */
    private final Object streamSlot = new Object();
    private long streamGenerations;
    /** The claim holding the server-to-client stream, null when free; one asked to leave is {@link #evicted}. */
    private volatile StreamClaim streamClaim;
    private volatile long evicted;
    private volatile boolean closed;
    private final StreamLog log;

    /** Wakes a waiting stream when the session ends. */
    private static final JsonObject WAKE_UP = jakarta.json.Json.createObjectBuilder().build();

    /** How long a claimed stream may take to start writing before its claim is given up. */
    static final java.time.Duration STREAM_START_LEASE = java.time.Duration.ofSeconds(30);

    /** Messages kept for a client without an open stream; the oldest go first. */
    static final int OUTBOUND_MAX = 100;

    /**
     * Creates the session.
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
        this.log = new StreamLog(replayEvents);
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
    public void started(JsonValue requestId, StreamedCall call) {
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
        StreamedCall call = inFlight.get(requestId.toString());
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

    /**
     * The recent events of this session's streams, for resumption.
     *
     * @return the log
     */
    public StreamLog log() {
        return log;
    }

    /**
     * Records {@code resources/subscribe}.
     *
     * @param uri the resource
     */
    public void subscribe(String uri) {
        subscriptions.add(uri);
    }

    /**
     * Records {@code resources/unsubscribe}.
     *
     * @param uri the resource
     */
    public void unsubscribe(String uri) {
        subscriptions.remove(uri);
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
     * Puts back a message whose write failed, ahead of the others: it was the oldest. When the queue filled
     * up meanwhile, it is the one dropped, as {@link #enqueue} drops the oldest.
     *
     * @param message the message
     */
    public void putBack(JsonObject message) {
        outbound.offerFirst(message);
    }

    /**
     * Queues a message for the server-to-client stream, dropping the oldest when full.
     *
     * @param message the message
     */
    public void enqueue(JsonObject message) {
        while (!outbound.offer(message)) {
            outbound.poll();
        }
    }

    /**
     * The next queued message, waiting at most the given time.
     *
     * @param millis how long to wait
     * @return the message, or null after the wait (or when the session ended)
     * @throws InterruptedException when interrupted
     */
    public JsonObject nextOutbound(long millis) throws InterruptedException {
        if (closed) {
            return null;
        }
        JsonObject message = outbound.poll(millis, TimeUnit.MILLISECONDS);
        return message == WAKE_UP ? null : message;
    }

    /** One claim on the server-to-client stream: when it was made and whether its stream began writing. */
    private record StreamClaim(long generation, long claimedAtNanos, boolean started) {
    }

    /**
     * Claims the session's single server-to-client stream. A claim whose stream never started writing within
     * {@link #STREAM_START_LEASE} (the container failed before writing the response) is given up.
     *
     * @return the claim's generation (positive), or 0 when another stream is open
     */
    public long openStream() {
        return openStream(System.nanoTime());
    }

    long openStream(long nowNanos) {
        synchronized (streamSlot) {
            StreamClaim c = streamClaim;
            if (c != null && (c.started() || nowNanos - c.claimedAtNanos() <= STREAM_START_LEASE.toNanos())) {
                return 0;
            }
            long generation = ++streamGenerations;
            streamClaim = new StreamClaim(generation, nowNanos, false);
            // A wake-up for the stream that left is of no use now, and would take a message's place.
            outbound.removeIf(m -> m == WAKE_UP);
            return generation;
        }
    }

    /**
     * Starts the stream of a claim: marks the claim started (no longer at risk of being given up) and makes its
     * event stream the one a client resumes, kept in the log whatever other streams do. Refused when the claim was lost meanwhile (given up, taken over,
     * or the session ended): the stream must then write nothing.
     *
     * @param generation the claim
     * @param streamId   the stream's event stream id
     * @return true when the claim still holds
     */
    public boolean streamStarted(long generation, String streamId) {
        synchronized (streamSlot) {
            StreamClaim c = streamClaim;
            if (!holdsStream(generation)) {
                return false;
            }
            streamClaim = new StreamClaim(generation, c.claimedAtNanos(), true);
            log.pin(streamId);
            return true;
        }
    }

    /**
     * Claims the server-to-client stream for a client resuming it: a stream still open is asked to leave,
     * because a client that resumes has lost it, though the server may not have noticed yet (writes into a
     * connection whose peer vanished can go on succeeding for a while). The open stream leaves at its next
     * check, woken at once if it is waiting for messages.
     *
     * @param millis how long to wait for the open stream to leave
     * @return the claim's generation, or 0 when the open stream did not leave in time
     * @throws InterruptedException when interrupted
     */
    public long resumeStream(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long generation = openStream();
        if (generation == 0) {
            StreamClaim holder = streamClaim;
            evicted = holder == null ? 0 : holder.generation();
            wakeStream();
        }
        while (generation == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
            generation = openStream();
        }
        return generation;
    }

    /**
     * Whether a stream still holds the slot: false once the session ended or a resuming client took over.
     *
     * @param generation the stream's claim
     * @return true while it should go on
     */
    public boolean holdsStream(long generation) {
        StreamClaim c = streamClaim;
        return !closed && evicted != generation && c != null && c.generation() == generation;
    }

    /**
     * Releases the server-to-client stream.
     *
     * @param generation the claim of the stream releasing it
     */
    public void closeStream(long generation) {
        synchronized (streamSlot) {
            StreamClaim c = streamClaim;
            if (c != null && c.generation() == generation) {
                streamClaim = null;
            }
        }
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
        closed = true;
        wakeStream();
    }

    /** Wakes a stream waiting for messages, unless a wake-up is already queued (each takes a message's place). */
    private void wakeStream() {
        synchronized (outbound) {
            if (outbound.stream().noneMatch(m -> m == WAKE_UP)) {
                outbound.offer(WAKE_UP);
            }
        }
    }

    /**
     * Whether the session ended.
     *
     * @return true once deleted
     */
    public boolean closed() {
        return closed;
    }

    long lastAccessNanos() {
        return lastAccessNanos;
    }

    void touch(long nowNanos) {
        lastAccessNanos = nowNanos;
    }
}
