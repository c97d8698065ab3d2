package dev.mcpee.internal.protocol;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.mcpee.api.McpContext;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** The methods that change what a 2025 session remembers: {@code logging/setLevel} and resource subscriptions. */
final class SessionMethods {

    /** The empty result. */
    static final JsonObject EMPTY = Json.object().build();

    private SessionMethods() {
    }

    /**
     * {@code resources/subscribe}.
     *
     * @param params  the params
     * @param context the context
     * @return the empty result
     */
    static CompletionStage<JsonObject> subscribe(JsonObject params, CallContext context) {
        return subscription(params, context, true);
    }

    /**
     * {@code resources/unsubscribe}.
     *
     * @param params  the params
     * @param context the context
     * @return the empty result
     */
    static CompletionStage<JsonObject> unsubscribe(JsonObject params, CallContext context) {
        return subscription(params, context, false);
    }

    private static CompletionStage<JsonObject> subscription(JsonObject params, CallContext context, boolean on) {
        JsonValue uri = params.get("uri");
        if (!(uri instanceof JsonString s)) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "params.uri (a string) is missing");
        }
        if (on) {
            context.client().subscribe(s.getString());
        } else {
            context.client().unsubscribe(s.getString());
        }
        return CompletableFuture.completedFuture(EMPTY);
    }

    /**
     * {@code logging/setLevel}.
     *
     * @param params  the params
     * @param context the context
     * @return the empty result
     */
    static CompletionStage<JsonObject> setLevel(JsonObject params, CallContext context) {
        JsonValue level = params.get("level");
        McpContext.Level parsed = level instanceof JsonString s ? LogLevels.parse(s.getString()) : null;
        if (parsed == null) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "logging/setLevel needs params.level, one of "
                    + LogLevels.NAMES);
        }
        context.client().logLevel(parsed);
        return CompletableFuture.completedFuture(EMPTY);
    }
}
