package dev.mcpee.internal.protocol;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.mcpee.api.Caller;
import dev.mcpee.internal.config.Limits;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import jakarta.json.JsonObject;

/**
 * How many requests that run application code (a tool, a prompt, a resource read, a completion) one session and
 * one caller may have running at once ({@code mcp.session.max-concurrent-calls},
 * {@code mcp.caller.max-concurrent-calls}). A request over either limit is answered at once with a JSON-RPC
 * error ({@link #BUSY}) instead of taking a thread. A request counts until its method returns, also after the
 * client was told it timed out: the thread is still taken. The counters hold an entry only while something runs.
 */
final class CallLimits {

    /** The JSON-RPC error of a request over a limit (implementation-defined server error range). */
    static final int BUSY = -32000;

    private static final Set<String> COUNTED = Set.of("tools/call", "prompts/get", "resources/read",
            "completion/complete");

    private final int perSession;
    private final int perCaller;
    private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

    /**
     * Creates the limits.
     *
     * @param limits the configured limits
     */
    CallLimits(Limits limits) {
        this.perSession = limits.maxCallsPerSession();
        this.perCaller = limits.maxCallsPerCaller();
    }

    /**
     * Runs a request within the limits.
     *
     * @param request the request
     * @param context whose request it is
     * @param run     runs it
     * @return its response, or the busy error
     */
    CompletionStage<JsonObject> run(JsonRpcMessage.Request request, CallContext context,
                                    Supplier<CompletionStage<JsonObject>> run) {
        if (!COUNTED.contains(request.method())) {
            return run.get();
        }
        String session = context.client().sessionId();
        String caller = "c " + owner(context.caller());
        if (!acquire(caller, perCaller)) {
            return busy(request, "this caller", perCaller, "mcp.caller.max-concurrent-calls");
        }
        if (session != null && !acquire("s " + session, perSession)) {
            release(caller);
            return busy(request, "this session", perSession, "mcp.session.max-concurrent-calls");
        }
        CompletionStage<JsonObject> result;
        try {
            result = run.get();
        } catch (RuntimeException | Error e) {
            releaseBoth(caller, session);
            throw e;
        }
        result.whenComplete((r, e) -> releaseBoth(caller, session));
        return result;
    }

    /**
     * Requests running now, for tests and health.
     *
     * @return the number of counters held (sessions and callers with something running)
     */
    int held() {
        return running.size();
    }

    private static String owner(Caller caller) {
        return caller.authenticated() ? caller.issuer() + " " + caller.subject() : "anonymous";
    }

    private boolean acquire(String key, int limit) {
        boolean[] acquired = {false};
        running.compute(key, (k, count) -> {
            AtomicInteger c = count == null ? new AtomicInteger() : count;
            if (c.get() < limit) {
                c.incrementAndGet();
                acquired[0] = true;
            }
            return c.get() == 0 ? null : c;
        });
        return acquired[0];
    }

    private void releaseBoth(String caller, String session) {
        release(caller);
        if (session != null) {
            release("s " + session);
        }
    }

    private void release(String key) {
        running.computeIfPresent(key, (k, c) -> c.decrementAndGet() == 0 ? null : c);
    }

    private static CompletionStage<JsonObject> busy(JsonRpcMessage.Request request, String who, int limit,
                                                    String key) {
        return CompletableFuture.completedFuture(JsonRpcCodec.error(request.id(), BUSY, "Too many requests running"
                + " for " + who + " (" + limit + ", " + key + "); send it again when one has finished"));
    }
}
