package dev.mcpee.internal.http;

import java.util.Set;
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

    /** The notifications a client sends a server (the others are reported as {@code _OTHER}). */
    private static final Set<String> CLIENT_NOTIFICATIONS = Set.of("notifications/initialized",
            "notifications/cancelled", "notifications/progress", "notifications/roots/list_changed");

    private Observed() {
    }

    /**
     * Whether a notification is one MCP defines for clients.
     *
     * @param method its method
     * @return true when observers may report it by name
     */
    static boolean knownNotification(String method) {
        return CLIENT_NOTIFICATIONS.contains(method);
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

    /**
     * Ends an exchange with a reply decided without running a method: the JSON-RPC error a JSON reply carries is
     * part of the outcome, so a 200 carrying an error is not recorded as a success.
     *
     * @param exchange the exchange
     * @param reply    the reply
     * @return the reply
     */
    static HttpReply ended(Exchange exchange, HttpReply reply) {
        if (reply.message() != null) {
            exchange.end(reply.status(), reply.message());
        } else {
            exchange.end(reply.status());
        }
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
