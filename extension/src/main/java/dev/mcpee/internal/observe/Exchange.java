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
 * for arguments an operator chose to record, and never the token; what callers choose freely (method, id, names)
 * is cut to {@value Target#MAX_TEXT} characters. Its fields are plain: everything is written on the request's thread
 * before the work is handed on (to a container thread, an executor, a completing stage), and that hand-off is
 * what makes them visible where the exchange ends.
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

    private Identity identity = Identity.NONE;
    private String method;
    private String requestId;
    private JsonObject params = JsonValue.EMPTY_JSON_OBJECT;
    private Target target = Target.NONE;
    private String revision;
    private String sessionId;
    private boolean methodKnown;
    private boolean targetKnown;
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
     * @param who the caller it names
     */
    public void caller(Identity who) {
        this.identity = who;
    }

    /**
     * The JSON-RPC message the body carries.
     *
     * @param method its method; null for a response to a request of the server's
     * @param id     its id; null for a notification
     * @param params its params, never null
     */
    public void message(String method, JsonValue id, JsonObject params) {
        this.method = Target.cut(method);
        this.requestId = Target.cut(id == null || id.getValueType() == JsonValue.ValueType.NULL ? null
                : id instanceof JsonString s ? s.getString() : id.toString());
        this.params = params;
        this.target = Target.of(method, params);
    }

    /**
     * Whether the method and its target exist. Observers report names by which callers could flood a metric
     * or a trace backend (an unknown method, a tool that does not exist) only when they do.
     *
     * @param method whether the method exists
     * @param target whether what it names exists (true for a method naming nothing)
     */
    public void known(boolean method, boolean target) {
        this.methodKnown = method;
        this.targetKnown = method && target;
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
     * The client left before the request's work started (its stream closed first): ends the exchange with 499,
     * the status servers log for a request the client closed.
     */
    public void abandoned() {
        end(499);
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

    /** @return who called ({@link Identity#NONE}'s nulls before admission or when refused at it) */
    public Identity identity() {
        return identity;
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

    /** @return what the request names (see {@link #targetKnown()} for whether it exists) */
    public Target target() {
        return target;
    }

    /** @return whether the method exists ({@link #known}) */
    public boolean methodKnown() {
        return methodKnown;
    }

    /** @return whether the method and the tool, prompt or resource it names exist ({@link #known}) */
    public boolean targetKnown() {
        return targetKnown;
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
}
