package dev.mcpee.internal.http;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.protocol.McpDispatcher;
import dev.mcpee.internal.protocol.ProtocolVersions;
import dev.mcpee.internal.security.AccessRule;
import dev.mcpee.internal.security.TokenCaller;
import dev.mcpee.internal.session.Listeners;
import dev.mcpee.internal.session.StreamTimings;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A 2026-07-28 {@code subscriptions/listen} request: the stream of the notifications its filter asks for and the
 * deployment has, acknowledged with what was honoured.
 */
final class ListenRequest {

    /** Resources one listen stream may name. */
    private static final int MAX_SUBSCRIPTIONS = 100;

    private final McpDispatcher dispatcher;
    private final Listeners listeners;
    private final Set<String> lists;

    ListenRequest(McpDispatcher dispatcher, Listeners listeners) {
        this.dispatcher = dispatcher;
        this.listeners = listeners;
        // What a listen stream can honour depends only on what the deployment serves: decided once.
        this.lists = Stream.of("tools/list", "prompts/list", "resources/list").filter(this::has)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * {@code subscriptions/listen}: a stream of the notifications the filter asks for and the server has. A
     * resource the caller may not read is left out of the acknowledgement, as a list leaves out what the caller
     * may not use.
     */
    HttpReply open(JsonRpcMessage.Request request, TokenCaller caller, AcceptHeader acceptable) {
        if (!acceptable.sse()) {
            return HttpReply.error(406, request.id(), JsonRpcError.INVALID_REQUEST,
                    "subscriptions/listen answers with an event stream: Accept must allow text/event-stream");
        }
        if (!(request.params().get("notifications") instanceof JsonObject filter)) {
            return HttpReply.json(200, JsonRpcCodec.error(request.id(), JsonRpcError.INVALID_PARAMS,
                    "subscriptions/listen needs params.notifications (an object)"));
        }
        JsonObjectBuilder honoured = Json.object();
        Set<String> methods = new HashSet<>();
        listChanged(filter, "toolsListChanged", "tools/list", "notifications/tools/list_changed", honoured, methods);
        listChanged(filter, "promptsListChanged", "prompts/list", "notifications/prompts/list_changed", honoured,
                methods);
        listChanged(filter, "resourcesListChanged", "resources/list", "notifications/resources/list_changed",
                honoured, methods);
        Set<String> uris = new LinkedHashSet<>();
        if (filter.get("resourceSubscriptions") instanceof JsonArray wanted && lists.contains("resources/list")) {
            if (wanted.size() > MAX_SUBSCRIPTIONS) {
                return HttpReply.json(200, JsonRpcCodec.error(request.id(), JsonRpcError.INVALID_PARAMS,
                        "resourceSubscriptions names more than " + MAX_SUBSCRIPTIONS + " resources"));
            }
            for (JsonValue v : wanted) {
                // Only resources that exist and the caller may read: an unknown URI is not subscribed.
                if (v instanceof JsonString uri && readable(uri.getString(), caller)) {
                    uris.add(uri.getString());
                }
            }
            JsonArrayBuilder list = Json.array();
            uris.forEach(list::add);
            honoured.add("resourceSubscriptions", list);
        }
        ListenStream stream = new ListenStream(request.id(), Json.object().add("notifications", honoured).build(),
                methods, uris, listeners, StreamTimings.SERVER_STREAM_MAX);
        if (!listeners.add(stream, caller.owner())) {
            return HttpReply.error(503, request.id(), JsonRpcError.INTERNAL_ERROR,
                    "Too many subscriptions/listen streams are open; try again later").with("Retry-After", "30");
        }
        return HttpReply.events(stream);
    }

    /** Whether a resource exists and the caller may read it. */
    private boolean readable(String uri, TokenCaller caller) {
        return dispatcher.readDecision(Json.object().add("uri", uri).build(), caller) instanceof AccessRule.Allow;
    }

    private void listChanged(JsonObject filter, String flag, String listMethod, String notification,
                             JsonObjectBuilder honoured, Set<String> methods) {
        if (filter.getBoolean(flag, false) && lists.contains(listMethod)) {
            honoured.add(flag, true);
            methods.add(notification);
        }
    }

    /** Whether the deployment has a method (a list exists only for what it serves). */
    private boolean has(String method) {
        return dispatcher.plan(new JsonRpcMessage.Request(JsonValue.NULL, method, JsonValue.EMPTY_JSON_OBJECT),
                TokenCaller.ANONYMOUS, ProtocolVersions.STATELESS).handler() != null;
    }

}
