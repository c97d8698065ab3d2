package dev.mcpee.internal.observe;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * One HTTP exchange with the MCP endpoint as the observers see it: who called, which message, what was
 * decided, how it ended. The transport fills it in as it learns each fact (the caller at admission, the
 * message once the body is read, the session once it is found) and ends it exactly once; the observers read it
 * at {@link #begin} and at the end. It keeps the request's params for the trace context in {@code _meta} and
 * for arguments an operator chose to record, and never the token.
 */
public final class Exchange {

    /** Work made current on a thread; closing it restores what was current before. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {

        /** Nothing to undo. */
        Scope NONE = () -> { };

        @Override
        void close();
    }

    private final Observers observers;
    private final String httpMethod;
    private final Instant start = Instant.now();
    private final long startNanos = System.nanoTime();
    private final String traceparent;
    private final String tracestate;
    private final AtomicBoolean ended = new AtomicBoolean();

    private String issuer;
    private String subject;
    private String clientId;
    private String method;
    private String requestId;
    private JsonObject params = JsonValue.EMPTY_JSON_OBJECT;
    private String revision;
    private String sessionId;
    private Decision decision = Decision.ALLOWED;
    private String reason;
    private boolean begun;
    private Object trace;

    private volatile Answer answer = Answer.NONE;
    private long durationNanos;

    Exchange(Observers observers, String httpMethod, String traceparent, String tracestate) {
        this.observers = observers;
        this.httpMethod = httpMethod;
        this.traceparent = traceparent;
        this.tracestate = tracestate;
    }

    // ---- what the transport learns, in the order it learns it ----

    /**
     * The token verified.
     *
     * @param issuer   {@code iss}, empty for an anonymous caller
     * @param subject  {@code sub}, empty for an anonymous caller
     * @param clientId {@code azp} or {@code client_id}, or null
     */
    public void caller(String issuer, String subject, String clientId) {
        this.issuer = issuer;
        this.subject = subject;
        this.clientId = clientId;
    }

    /**
     * The JSON-RPC message the body carries.
     *
     * @param method its method; null for a response to a request of the server's
     * @param id     its id; null for a notification
     * @param params its params, never null
     */
    public void message(String method, JsonValue id, JsonObject params) {
        this.method = method;
        this.requestId = id == null || id.getValueType() == JsonValue.ValueType.NULL ? null
                : id instanceof JsonString s ? s.getString() : id.toString();
        this.params = params;
    }

    /**
     * The protocol revision, and the session when the revision has sessions.
     *
     * @param revision  e.g. {@code 2025-11-25}
     * @param sessionId the session's id, or null
     */
    public void session(String revision, String sessionId) {
        this.revision = revision;
        this.sessionId = sessionId;
    }

    /**
     * The request is allowed and about to run: the observers begin (a span starts).
     */
    public void begin() {
        begun = true;
        observers.begin(this);
    }

    /**
     * The request's work runs on this thread until the returned scope is closed.
     *
     * @return the scope
     */
    public Scope enter() {
        return begun ? observers.enter(this) : Scope.NONE;
    }

    /**
     * Refused: ends the exchange.
     *
     * @param decision why
     * @param reason   the detail a log reader needs (the scopes missing, the token's problem), or null
     * @param status   the HTTP status answered
     */
    public void refused(Decision decision, String reason, int status) {
        this.decision = decision;
        this.reason = reason;
        end(status);
    }

    /**
     * Answered with the JSON-RPC response: ends the exchange with its outcome.
     *
     * @param status   the HTTP status answered
     * @param response the response (a result or an error)
     */
    public void end(int status, JsonObject response) {
        end(Answer.of(status, response));
    }

    /**
     * Answered without a JSON-RPC result (202 for a notification, an HTTP error, an opened stream): ends the
     * exchange.
     *
     * @param status the HTTP status answered
     */
    public void end(int status) {
        end(Answer.of(status));
    }

    private void end(Answer how) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        this.durationNanos = System.nanoTime() - startNanos;
        this.answer = how;
        observers.end(this);
    }

    /**
     * Keeps what the tracing observer needs between begin and end (its span).
     *
     * @param value the value
     */
    public void trace(Object value) {
        this.trace = value;
    }

    // ---- what observers read ----

    /** @return the value kept by {@link #trace(Object)}, or null */
    public Object trace() {
        return trace;
    }

    /** @return when the request arrived */
    public Instant start() {
        return start;
    }

    /** @return how long it took, from arrival to the end (zero before the end) */
    public Duration duration() {
        return Duration.ofNanos(durationNanos);
    }

    /** @return {@code POST}, {@code GET} or {@code DELETE} */
    public String httpMethod() {
        return httpMethod;
    }

    /** @return the HTTP {@code traceparent} header, or null */
    public String traceparent() {
        return traceparent;
    }

    /** @return the HTTP {@code tracestate} header, or null */
    public String tracestate() {
        return tracestate;
    }

    /** @return the caller's issuer, or null before admission or when refused at it */
    public String issuer() {
        return issuer;
    }

    /** @return the caller's subject, or null */
    public String subject() {
        return subject;
    }

    /** @return the OAuth client the token was issued to, or null */
    public String clientId() {
        return clientId;
    }

    /** @return the JSON-RPC method, or null (not read, or a response to the server) */
    public String method() {
        return method;
    }

    /** @return the JSON-RPC id as a string, or null for a notification */
    public String requestId() {
        return requestId;
    }

    /** @return the message's params (for {@code _meta} and arguments), never null */
    public JsonObject params() {
        return params;
    }

    /** @return the tool a {@code tools/call} names, or null */
    public String toolName() {
        return "tools/call".equals(method) ? string(params, "name") : null;
    }

    /** @return the prompt a {@code prompts/get} names, or null */
    public String promptName() {
        return "prompts/get".equals(method) ? string(params, "name") : null;
    }

    /** @return the resource a {@code resources/read}, {@code subscribe} or {@code unsubscribe} names, or null */
    public String resourceUri() {
        return method != null && method.startsWith("resources/") && !method.endsWith("/list")
                ? string(params, "uri") : null;
    }

    /**
     * What the request acts on: the tool, prompt, resource, or the reference a completion is for.
     *
     * @return the name or URI, or null
     */
    public String target() {
        String name = toolName() != null ? toolName() : promptName() != null ? promptName() : resourceUri();
        if (name == null && "completion/complete".equals(method) && params.get("ref") instanceof JsonObject ref) {
            name = ref.containsKey("name") ? string(ref, "name") : string(ref, "uri");
        }
        return name;
    }

    /** @return the protocol revision, or null when not known */
    public String revision() {
        return revision;
    }

    /** @return the session id, or null (no session, or the 2026-07-28 revision) */
    public String sessionId() {
        return sessionId;
    }

    /** @return the decision */
    public Decision decision() {
        return decision;
    }

    /** @return the refusal's detail, or null */
    public String reason() {
        return reason;
    }

    /** @return whether the request was allowed to run */
    public boolean begun() {
        return begun;
    }

    /** @return how it was answered ({@link Answer#NONE}'s zero status before the end) */
    public Answer answer() {
        return answer;
    }

    /** @return the outcome in one word, as {@link Answer#outcome} */
    public String outcome() {
        return answer.outcome(decision);
    }

    private static String string(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
