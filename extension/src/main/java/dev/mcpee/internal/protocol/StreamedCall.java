package dev.mcpee.internal.protocol;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.PromptMessage;
import dev.mcpee.api.ToolException;
import dev.mcpee.internal.invoke.ContentJson;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;

/**
 * The {@link McpContext} of one streamed request ({@code tools/call}, {@code prompts/get} or
 * {@code resources/read} of a method that takes the context): turns progress and log calls into notifications
 * for the request's stream, sends requests to the client on it, and carries the cancellation flag that
 * {@code notifications/cancelled} sets. It reaches the client only through a {@link ClientChannel} and the
 * request's {@link ClientState}.
 */
public final class StreamedCall implements McpContext {

    private final JsonValue progressToken;
    private final ClientState client;
    private final ClientChannel channel;
    private final Duration requestTimeout;
    private final Jsonb jsonb;
    private volatile InputRound round;
    private volatile Runnable detacher;
    private volatile boolean cancelled;
    private volatile boolean finished;
    private double lastProgress = Double.NEGATIVE_INFINITY;

    /**
     * Creates the context.
     *
     * @param progressToken  the request's {@code _meta.progressToken}, or null
     * @param client         the client behind the request: its capabilities, log level and answers
     * @param channel        where notifications and requests go (the call's event stream)
     * @param requestTimeout how long a request to the client may take
     * @param jsonb          serializes log data
     */
    public StreamedCall(JsonValue progressToken, ClientState client, ClientChannel channel, Duration requestTimeout,
                        Jsonb jsonb) {
        this.progressToken = progressToken;
        this.client = client;
        this.channel = channel;
        this.requestTimeout = requestTimeout;
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
        channel.send(JsonRpcCodec.notification("notifications/progress", params));
    }

    @Override
    public void log(Level level, String logger, Object data) {
        Level minimum = client.logLevel();
        if (finished || !client.wantsLogs() || (minimum != null && level.ordinal() < minimum.ordinal())) {
            return;
        }
        JsonValue value = data instanceof String s ? Json.string(s) : data == null ? JsonValue.NULL
                : Json.parse(jsonb.toJson(data));
        JsonObjectBuilder params = Json.object().add("level", level.name().toLowerCase(Locale.ROOT));
        if (logger != null) {
            params.add("logger", logger);
        }
        channel.send(JsonRpcCodec.notification("notifications/message", params.add("data", value)));
    }

    @Override
    public CompletionStage<JsonObject> sample(List<PromptMessage> messages, int maxTokens) {
        return sample(null, messages, maxTokens);
    }

    @Override
    public CompletionStage<JsonObject> sample(String key, List<PromptMessage> messages, int maxTokens) {
        JsonArrayBuilder array = Json.array();
        for (PromptMessage m : messages) {
            array.add(ContentJson.message(m));
        }
        return request(key, "sampling", "sampling/createMessage",
                Json.object().add("messages", array).add("maxTokens", maxTokens));
    }

    @Override
    public CompletionStage<JsonObject> elicit(String message, JsonObject requestedSchema) {
        return elicit(null, message, requestedSchema);
    }

    @Override
    public CompletionStage<JsonObject> elicit(String key, String message, JsonObject requestedSchema) {
        JsonObjectBuilder params = Json.object();
        if (round != null) {
            // 2026-07-28 names the mode; 2025-06-18 clients know only the form and no mode field.
            params.add("mode", "form");
        }
        return request(key, "elicitation", "elicitation/create", params.add("message", message)
                .add("requestedSchema", requestedSchema));
    }

    @Override
    public CompletionStage<JsonObject> roots() {
        return roots(null);
    }

    @Override
    public CompletionStage<JsonObject> roots(String key) {
        return request(key, "roots", "roots/list", Json.object());
    }

    @Override
    public boolean canSample() {
        return canAsk("sampling");
    }

    @Override
    public boolean canElicit() {
        return canAsk("elicitation");
    }

    /** What {@link #request} checks before it asks, without asking. */
    private boolean canAsk(String capability) {
        if (finished) {
            return false;
        }
        InputRound inRound = round;
        if (inRound != null) {
            return inRound.declares(capability);
        }
        return client.takesRequests() && client.capabilities().containsKey(capability);
    }

    /**
     * Makes this call one round of a 2026-07-28 multi round-trip request: its requests to the client are
     * answered from the round, or recorded for the {@code input_required} result.
     *
     * @param round the round
     */
    public void inRound(InputRound round) {
        this.round = round;
    }

    /**
     * Sends a request to the client on the call's stream and completes with its result, when the client
     * declared the capability; the client's error becomes a {@link ToolException} with its message.
     */
    private CompletionStage<JsonObject> request(String key, String capability, String method,
                                                JsonObjectBuilder params) {
        if (finished) {
            return CompletableFuture.failedFuture(new IllegalStateException("The call is not streaming"));
        }
        InputRound inRound = round;
        if (inRound != null) {
            return inRound.request(key, capability, method, params);
        }
        if (!client.takesRequests()) {
            return CompletableFuture.failedFuture(new IllegalStateException("A " + client.revision()
                    + " client takes no requests from the server during a call"));
        }
        if (!client.capabilities().containsKey(capability)) {
            return CompletableFuture.failedFuture(new IllegalStateException("The client did not declare the "
                    + capability + " capability"));
        }
        CompletableFuture<JsonObject> response = new CompletableFuture<>();
        String id;
        try {
            id = client.openRequest(response);
        } catch (IllegalStateException e) {
            return CompletableFuture.failedFuture(e); // mcp.session.max-pending-requests
        }
        channel.send(Json.object().add("jsonrpc", "2.0").add("id", id).add("method", method).add("params", params)
                .build());
        return response.orTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS).thenApply(message -> {
            JsonValue result = message.get("result");
            if (result != null && result.getValueType() == JsonValue.ValueType.OBJECT) {
                return result.asJsonObject();
            }
            JsonValue error = message.get("error");
            String text = error != null && error.getValueType() == JsonValue.ValueType.OBJECT
                    ? error.asJsonObject().getString("message", "The client refused the request")
                    : "The client answered without a result";
            throw new ToolException(text);
        });
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public void detach() {
        Runnable d = detacher;
        if (d != null) {
            d.run();
        }
    }

    /**
     * What {@link #detach} does: ends the call's resumable stream, keeping what follows for the client.
     *
     * @param detacher ends the stream
     */
    public void onDetach(Runnable detacher) {
        this.detacher = detacher;
    }

    /** Marks the call cancelled by the client. */
    public void cancel() {
        cancelled = true;
    }

    /** Ends the call: later progress and log calls do nothing. */
    public void finish() {
        finished = true;
    }

    /**
     * The request's progress token ({@code params._meta.progressToken}), when it is a string or a number.
     *
     * @param params the request's params
     * @return the token, or null
     */
    public static JsonValue progressToken(JsonObject params) {
        JsonValue meta = params.get("_meta");
        if (meta != null && meta.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonValue token = meta.asJsonObject().get("progressToken");
            if (token != null && (token.getValueType() == JsonValue.ValueType.STRING
                    || token.getValueType() == JsonValue.ValueType.NUMBER)) {
                return token;
            }
        }
        return null;
    }
}
