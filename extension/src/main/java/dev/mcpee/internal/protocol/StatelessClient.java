package dev.mcpee.internal.protocol;

import java.util.concurrent.CompletableFuture;

import dev.mcpee.api.McpContext;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The client of one 2026-07-28 request: exactly what the request declares in its {@code _meta}, nothing
 * remembered. The methods that change a 2025 session's state ({@code logging/setLevel}, subscriptions,
 * {@code notifications/initialized}) do not exist in that revision and never reach it; a call's cancellation is
 * the client closing the call's stream, handled by the transport.
 *
 * @param meta what the request declares
 */
public record StatelessClient(RequestMeta meta) implements ClientState {

    @Override
    public String revision() {
        return meta.revision();
    }

    @Override
    public JsonObject capabilities() {
        return meta.capabilities();
    }

    @Override
    public McpContext.Level logLevel() {
        return meta.logLevel();
    }

    /** Without a level in {@code _meta} the request gets no log messages at all. */
    @Override
    public boolean wantsLogs() {
        return meta.logLevel() != null;
    }

    @Override
    public void logLevel(McpContext.Level level) {
        // logging/setLevel does not exist in this revision; the dispatcher answers -32601 before this.
    }

    @Override
    public void subscribe(String uri) {
        // resources/subscribe does not exist in this revision.
    }

    @Override
    public void unsubscribe(String uri) {
        // resources/unsubscribe does not exist in this revision.
    }

    @Override
    public void initialized() {
        // There is no initialization to complete.
    }

    @Override
    public void cancel(JsonValue requestId) {
        // Cancellation is the client closing the request's stream, not a notification.
    }

    @Override
    public boolean takesRequests() {
        return false;
    }

    @Override
    public String openRequest(CompletableFuture<JsonObject> response) {
        throw new IllegalStateException("A 2026-07-28 client takes no requests from the server during a call");
    }

    @Override
    public void answer(JsonValue id, JsonObject message) {
        // No request was sent, so no answer is awaited.
    }
}
