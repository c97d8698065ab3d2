package dev.mcpee.internal.invoke;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.mcpee.api.McpContext;
import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;

/**
 * The {@link McpContext} of one {@code tools/call}: turns progress and log calls into notifications for the
 * call's stream, and carries the cancellation flag that {@code notifications/cancelled} sets.
 */
public final class ToolCall implements McpContext {

    private final JsonValue progressToken;
    private final Consumer<JsonObject> sink;
    private final Supplier<Level> minimumLevel;
    private final Jsonb jsonb;
    private volatile boolean cancelled;
    private volatile boolean finished;
    private double lastProgress = Double.NEGATIVE_INFINITY;

    /**
     * Creates the context.
     *
     * @param progressToken the request's {@code _meta.progressToken}, or null
     * @param sink          where notifications go (the call's event stream); may drop them
     * @param minimumLevel  the session's {@code logging/setLevel} level, or null for all levels
     * @param jsonb         serializes log data
     */
    public ToolCall(JsonValue progressToken, Consumer<JsonObject> sink, Supplier<Level> minimumLevel, Jsonb jsonb) {
        this.progressToken = progressToken;
        this.sink = sink;
        this.minimumLevel = minimumLevel;
        this.jsonb = jsonb;
    }

    @Override
    public synchronized void progress(double progress, Double total, String message) {
        if (progressToken == null || finished || progress <= lastProgress) {
            return;
        }
        lastProgress = progress;
        JsonObjectBuilder params = Json.object().add("progressToken", progressToken).add("progress", progress);
        if (total != null) {
            params.add("total", total);
        }
        if (message != null) {
            params.add("message", message);
        }
        sink.accept(notification("notifications/progress", params));
    }

    @Override
    public void log(Level level, String logger, Object data) {
        Level minimum = minimumLevel.get();
        if (finished || (minimum != null && level.ordinal() < minimum.ordinal())) {
            return;
        }
        JsonValue value = data instanceof String s ? Json.string(s) : data == null ? JsonValue.NULL
                : Json.parse(jsonb.toJson(data));
        JsonObjectBuilder params = Json.object().add("level", level.name().toLowerCase(Locale.ROOT));
        if (logger != null) {
            params.add("logger", logger);
        }
        sink.accept(notification("notifications/message", params.add("data", value)));
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    /** Marks the call cancelled by the client. */
    public void cancel() {
        cancelled = true;
    }

    /** Ends the call: later progress and log calls do nothing. */
    public void finish() {
        finished = true;
    }

    private static JsonObject notification(String method, JsonObjectBuilder params) {
        return Json.object().add("jsonrpc", "2.0").add("method", method).add("params", params).build();
    }
}
