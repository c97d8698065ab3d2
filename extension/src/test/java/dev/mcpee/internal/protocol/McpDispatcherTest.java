package dev.mcpee.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.mcpee.internal.http.SessionClient;
import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.config.OriginPolicy;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.model.ToolDefinition;
import dev.mcpee.internal.model.Catalog;
import dev.mcpee.internal.model.Catalogs;
import dev.mcpee.internal.security.Listing;
import dev.mcpee.internal.security.ToolSecurity;
import dev.mcpee.internal.security.TokenCaller;
import dev.mcpee.internal.session.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class McpDispatcherTest {

    private static final McpConfig CONFIG = new McpConfig("vet", "1.2", "Vet", "Use list first", 3,
            Duration.ofMinutes(1), 10, 10, 1000, new OriginPolicy(List.of()), Duration.ofSeconds(5), 100,
            Duration.ZERO, null, dev.mcpee.internal.config.StoreSettings.MEMORY,
            dev.mcpee.internal.config.Limits.DEFAULTS);
    private static final CallContext CONTEXT = new CallContext(new SessionClient(new Session("s", "2025-11-25", "", 0)), TokenCaller.ANONYMOUS);

    private static Catalog<ToolDefinition> registry(int count) {
        return new Catalog<>(IntStream.range(0, count).mapToObj(i -> {
            String name = "tool" + (char) ('a' + i);
            return new ToolDefinition(name, Json.object().add("name", name).build(), ToolSecurity.PERMIT_ALL, null,
                    "Test#" + name);
        }).toList());
    }

    private static JsonObject request(McpDispatcher d, String method, JsonObject params) {
        return d.request(new JsonRpcMessage.Request(Json.parse("1"), method, params), CONTEXT)
                .toCompletableFuture().join();
    }

    @Test
    void pagesThroughEveryToolOnce() {
        McpDispatcher d = dispatcher(7);
        List<String> seen = new ArrayList<>();
        JsonValue cursor = null;
        int pages = 0;
        do {
            var params = Json.object();
            if (cursor != null) {
                params.add("cursor", cursor);
            }
            JsonObject result = request(d, "tools/list", params.build()).getJsonObject("result");
            result.getJsonArray("tools").forEach(t -> seen.add(t.asJsonObject().getString("name")));
            cursor = result.get("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(List.of("toola", "toolb", "toolc", "toold", "toole", "toolf", "toolg"), seen);
    }

    @Test
    void exactlyOnePageHasNoNextCursor() {
        JsonObject result = request(dispatcher(3), "tools/list",
                JsonValue.EMPTY_JSON_OBJECT).getJsonObject("result");
        assertEquals(3, result.getJsonArray("tools").size());
        assertFalse(result.containsKey("nextCursor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"garbage!\"", "\"dG9vbHM6LTE\"", "\"dG9vbHM6OTk\"", "42"})
    void foreignCursorsAreInvalidParams(String cursor) {
        JsonObject response = request(dispatcher(3), "tools/list",
                Json.object().add("cursor", Json.parse(cursor)).build());
        assertEquals(Json.parse("{\"code\":-32602,\"message\":\"Invalid cursor\"}"), response.get("error"));
    }

    @Test
    void ping() {
        assertEquals(Json.parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}"),
                request(dispatcher(0), "ping", JsonValue.EMPTY_JSON_OBJECT));
    }

    @ParameterizedTest
    @CsvSource({"2025-11-25, 2025-11-25", "2025-06-18, 2025-06-18", "2024-11-05, 2025-11-25",
        "2099-01-01, 2025-11-25"})
    void negotiatesTheRevision(String requested, String answered) {
        InitializeHandler init = dispatcher(0).initialize();
        String version = init.negotiate(Json.object().add("protocolVersion", requested).build());
        assertEquals(answered, version);
        assertEquals(Json.parse("{\"protocolVersion\":\"" + answered + "\",\"capabilities\":{\"tools\":"
                + "{\"listChanged\":true},\"logging\":{}},\"serverInfo\":{\"name\":\"vet\",\"version\":\"1.2\",\"title\":\"Vet\"},"
                + "\"instructions\":\"Use list first\"}"), init.result(version));
    }

    @Test
    void initializeWithoutVersionIsInvalidParams() {
        InitializeHandler init = dispatcher(0).initialize();
        assertEquals(JsonRpcError.INVALID_PARAMS, assertThrows(JsonRpcError.class,
                () -> init.negotiate(JsonValue.EMPTY_JSON_OBJECT)).code());
    }

    @Test
    void initializedNotificationMarksTheSession() {
        Session session = new Session("x", "2025-11-25", "", 0);
        dispatcher(0).notification(new JsonRpcMessage.Notification(
                "notifications/initialized", JsonValue.EMPTY_JSON_OBJECT), new CallContext(new SessionClient(session), TokenCaller.ANONYMOUS));
        assertEquals(true, session.initialized());
    }

    /** The one way these tests build a dispatcher: a deployment of that many generated tools. */
    private static McpDispatcher dispatcher(int tools) {
        return new McpDispatcher(Catalogs.of(registry(tools)), CONFIG, Listing.CALLABLE, false);
    }
}
