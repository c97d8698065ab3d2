package dev.mcpee.internal.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.observe.Exchange;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * How the transport reports a request to the observers: what it learns of the message, the request's work run
 * with its exchange current, and the exchange ended with the answer, whichever way the answer goes out.
 */
final class Observed {

    private Observed() {
    }

    /** What the observers learn of a message: its method, id and params. */
    static void described(Exchange exchange, JsonRpcMessage message) {
        if (message instanceof JsonRpcMessage.Request r) {
            exchange.message(r.method(), r.id(), r.params());
        } else if (message instanceof JsonRpcMessage.Notification n) {
            exchange.message(n.method(), null, n.params());
        } else {
            exchange.message(null, null, JsonValue.EMPTY_JSON_OBJECT);
        }
    }

    /** Ends an exchange with a reply decided without running anything. */
    static HttpReply ended(Exchange exchange, HttpReply reply) {
        exchange.end(reply.status());
        return reply;
    }

    /**
     * Runs a request's work with its exchange current, and ends the exchange with the response.
     *
     * @param exchange the exchange
     * @param work     starts the work
     * @return the response
     */
    static CompletableFuture<JsonObject> executed(Exchange exchange,
                                                  Supplier<CompletionStage<JsonObject>> work) {
        return executed(exchange, work, r -> 200);
    }

    /**
     * As {@link #executed(Exchange, Supplier)}, for an answer whose HTTP status depends on it.
     *
     * @param exchange the exchange
     * @param work     starts the work
     * @param status   the HTTP status the response goes out with
     * @return the response
     */
    static CompletableFuture<JsonObject> executed(Exchange exchange,
                                                  Supplier<CompletionStage<JsonObject>> work,
                                                  ToIntFunction<JsonObject> status) {
        CompletionStage<JsonObject> response;
        Exchange.Scope running = exchange.enter();
        try {
            response = work.get();
        } catch (RuntimeException e) {
            exchange.end(500);
            throw e;
        } finally {
            running.close();
        }
        return response.toCompletableFuture().whenComplete((r, e) -> {
            if (r != null) {
                exchange.end(status.applyAsInt(r), r);
            } else {
                exchange.end(500);
            }
        });
    }

}
