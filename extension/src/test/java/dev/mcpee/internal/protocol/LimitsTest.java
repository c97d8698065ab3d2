package dev.mcpee.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.mcpee.internal.config.Limits;
import dev.mcpee.internal.http.SessionClient;
import dev.mcpee.internal.invoke.ResultMapper;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.jsonrpc.SerializedObject;
import dev.mcpee.internal.security.TokenCaller;
import dev.mcpee.internal.session.Peers;
import dev.mcpee.internal.session.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The per-session and per-caller bounds, without a container. */
class LimitsTest {

    private static final Limits LIMITS = new Limits(64, 10, 2, 3, 2, 2);

    private static TokenCaller caller(String subject) {
        return new TokenCaller(true, "iss", subject, java.util.Set.of(), java.util.Set.of(), Json.object().build(), 0);
    }

    private static CallContext context(Session session, String subject) {
        return new CallContext(new SessionClient(session, Peers.NONE, LIMITS), caller(subject));
    }

    private static JsonRpcMessage.Request call(int id) {
        return new JsonRpcMessage.Request(Json.string("r" + id), "tools/call", JsonValue.EMPTY_JSON_OBJECT);
    }

    @Test
    void concurrentCallsAreBoundedPerSessionAndPerCallerAndGivenBack() {
        CallLimits limits = new CallLimits(LIMITS);
        Session a = new Session("a", "2025-11-25", "iss alice", 0);
        Session b = new Session("b", "2025-11-25", "iss alice", 0);
        List<CompletableFuture<JsonObject>> running = new ArrayList<>();
        int[] id = {0};
        java.util.function.Function<CallContext, JsonObject> start = c -> {
            CompletableFuture<JsonObject> f = new CompletableFuture<>();
            JsonObject answer = limits.run(call(++id[0]), c, () -> {
                running.add(f);
                return f;
            }).toCompletableFuture().getNow(null);
            return answer;
        };
        assertEquals(null, start.apply(context(a, "alice")), "runs");
        assertEquals(null, start.apply(context(a, "alice")), "runs");
        JsonObject busy = start.apply(context(a, "alice"));
        assertEquals(CallLimits.BUSY, busy.getJsonObject("error").getInt("code"));
        assertTrue(busy.getJsonObject("error").getString("message").contains("mcp.session.max-concurrent-calls"));
        assertEquals(null, start.apply(context(b, "alice")), "another session of the caller: its third call");
        JsonObject callerBusy = start.apply(context(b, "alice"));
        assertTrue(callerBusy.getJsonObject("error").getString("message").contains("mcp.caller.max-concurrent-calls"));
        assertEquals(null, start.apply(context(b, "bob")), "another caller is not held back");
        assertEquals(4, running.size(), "refused requests never ran");
        running.get(0).complete(Json.object().build());
        assertEquals(null, start.apply(context(a, "alice")), "a finished call gives its place back");
        running.forEach(f -> f.complete(Json.object().build()));
        assertEquals(0, limits.held(), "nothing is held once every call finished");
        // Methods that run no application code are not counted.
        JsonRpcMessage.Request ping = new JsonRpcMessage.Request(Json.string("p"), "ping", JsonValue.EMPTY_JSON_OBJECT);
        CompletableFuture<JsonObject> never = new CompletableFuture<>();
        for (int i = 0; i < 5; i++) {
            assertSame(never, limits.run(ping, context(a, "alice"), () -> never));
        }
    }

    @Test
    void aResultOverTheLimitBecomesAnErrorResult() {
        JsonObject small = ResultMapper.textResult("0123456789", false);
        assertSame(small, ResultSize.bounded("t", small, 10));
        JsonObject large = ResultSize.bounded("t", ResultMapper.textResult("01234567890", false), 10);
        assertTrue(large.getBoolean("isError"));
        assertTrue(large.getJsonArray("content").getJsonObject(0).getString("text")
                .contains("mcp.tools.max-result-chars"));
        JsonObject structured = Json.object().add("content", Json.array())
                .add("structuredContent", new SerializedObject("{\"x\":\"0123456789\"}")).build();
        assertTrue(ResultSize.bounded("t", structured, 10).getBoolean("isError"), "structured content counts");
    }

    @Test
    void subscriptionsAndPendingRequestsOfASessionAreBounded() {
        Session s = new Session("s", "2025-11-25", "iss alice", 0);
        SessionClient client = new SessionClient(s, Peers.NONE, LIMITS);
        client.subscribe("test://a");
        client.subscribe("test://b");
        client.subscribe("test://a");
        JsonRpcError e = assertThrows(JsonRpcError.class, () -> client.subscribe("test://c"));
        assertTrue(e.getMessage().contains("mcp.session.max-subscriptions"));
        client.unsubscribe("test://a");
        client.subscribe("test://c");
        CompletableFuture<JsonObject> first = new CompletableFuture<>();
        client.openRequest(first);
        client.openRequest(new CompletableFuture<>());
        IllegalStateException full = assertThrows(IllegalStateException.class,
                () -> client.openRequest(new CompletableFuture<>()));
        assertTrue(full.getMessage().contains("mcp.session.max-pending-requests"));
        first.complete(Json.object().build());
        assertFalse(client.openRequest(new CompletableFuture<>()).isEmpty(), "an answered request gives its place back");
    }
}
