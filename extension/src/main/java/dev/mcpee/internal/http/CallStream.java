package dev.mcpee.internal.http;

import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import dev.mcpee.internal.protocol.StreamedCall;
import dev.mcpee.internal.protocol.CallContext;
import dev.mcpee.internal.session.StreamLog;
import dev.mcpee.internal.session.StreamTimings;
import jakarta.json.JsonObject;

/**
 * A request for a method that takes an {@code McpContext} (a tool, prompt or resource), answered as a live
 * event stream: the method runs while the stream is written, its progress and log notifications (and requests
 * to the client) go out as they happen, then the response (unless the client cancelled the call). This holds
 * a container thread for the method's duration, which is what streaming a synchronous method takes.
 */
final class CallStream implements EventStream {

    private final boolean priming;
    private final Function<SseWriter, StreamedCall> newCall;
    private final Function<CallContext, CompletableFuture<JsonObject>> dispatch;
    private final Function<StreamedCall, CallContext> context;
    private final Runnable ended;
    private final StreamLog log;
    private final Duration keepAlive;
    private boolean disconnectCancels;

    /**
     * Creates the stream.
     *
     * @param priming  whether to send the priming event first
     * @param newCall  makes the call's context, writing to the stream
     * @param context  the request's context for that call (and registers it for cancellation)
     * @param dispatch runs the request, bounded by {@code mcp.tools.timeout}
     * @param ended    unregisters the call
     * @param log      records the events for resumption
     */
    CallStream(boolean priming, Function<SseWriter, StreamedCall> newCall, Function<StreamedCall, CallContext> context,
               Function<CallContext, CompletableFuture<JsonObject>> dispatch, Runnable ended, StreamLog log) {
        this(priming, newCall, context, dispatch, ended, log, StreamTimings.KEEP_ALIVE);
    }

    /**
     * Creates the stream with a given keep-alive interval.
     *
     * @param priming   whether to send the priming event first
     * @param newCall   makes the call's context, writing to the stream
     * @param context   the request's context for that call (and registers it for cancellation)
     * @param dispatch  runs the request, bounded by {@code mcp.tools.timeout}
     * @param ended     unregisters the call
     * @param log       records the events for resumption
     * @param keepAlive how long the stream may be silent while an asynchronous method runs
     */
    CallStream(boolean priming, Function<SseWriter, StreamedCall> newCall, Function<StreamedCall, CallContext> context,
               Function<CallContext, CompletableFuture<JsonObject>> dispatch, Runnable ended, StreamLog log,
               Duration keepAlive) {
        this.keepAlive = keepAlive;
        this.priming = priming;
        this.newCall = newCall;
        this.context = context;
        this.dispatch = dispatch;
        this.ended = ended;
        this.log = log;
    }

    /**
     * Makes the client's going away a cancellation (2026-07-28: closing a request's stream cancels it, and
     * nothing resumes it): the method sees {@code cancelled()}, and the stream stops waiting for it.
     *
     * @return this
     */
    CallStream cancelledByDisconnect() {
        this.disconnectCancels = true;
        return this;
    }

    @Override
    public void write(OutputStream out) {
        SseWriter writer = new SseWriter(out, log);
        StreamedCall call;
        try {
            call = newCall.apply(writer);
        } catch (RuntimeException e) {
            // Nothing started (a shared store that does not answer, say): whoever waits for the call's end hears of it.
            ended.run();
            throw e;
        }
        if (log != null && priming) {
            // Resumable (recorded, and the client was told when to retry): the call may give up its connection.
            call.onDetach(writer::detach);
        }
        try {
            if (priming) {
                writer.priming();
            }
            JsonObject response = awaitWithKeepAlive(dispatch.apply(context.apply(call)), writer, call);
            call.finish();
            if (response != null && !call.cancelled()) {
                // Recorded even when the client has gone: it can resume and still get the result.
                writer.eventIfConnected(response);
            }
        } catch (java.io.IOException e) {
            // The client went away before the first event; the call was not started.
            call.finish();
        } catch (InterruptedException e) {
            // The container stops the request; the method's own outcome no longer has a stream to go to.
            call.finish();
            Thread.currentThread().interrupt();
        } finally {
            writer.complete();
            ended.run();
        }
    }

    /**
     * The response, with keep-alive comments while an asynchronous method runs (a synchronous one has
     * already finished when dispatch returns, having run on this thread). Under a 2025 session a client that
     * went away does not stop the wait: a disconnect is not a cancellation, and the events are kept for it to
     * resume. Under 2026-07-28 ({@link #cancelledByDisconnect}) it cancels the call and ends the wait.
     */
    private JsonObject awaitWithKeepAlive(CompletableFuture<JsonObject> response, SseWriter writer,
                                          StreamedCall call) throws InterruptedException {
        while (true) {
            if (disconnectCancels && writer.gone()) {
                call.cancel();
                return null;
            }
            try {
                return response.get(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                writer.keepAlive();
            } catch (ExecutionException e) {
                // The dispatcher turns every failure into a JSON-RPC error response; this is a bug.
                throw new IllegalStateException("The call's response failed", e.getCause());
            }
        }
    }
}
