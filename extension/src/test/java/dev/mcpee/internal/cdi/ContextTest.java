package dev.mcpee.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.invoke.ToolCall;
import dev.mcpee.internal.protocol.CallContext;
import dev.mcpee.internal.protocol.McpDispatcher;
import dev.mcpee.internal.security.TokenCaller;
import dev.mcpee.internal.session.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbBuilder;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The call context: progress only with a token and increasing, log levels, cancellation, no schema entry. */
class ContextTest {

    /** A tool that reports. */
    @ApplicationScoped
    public static class Reporting {
        @McpTool
        public String work(int steps, McpContext call) {
            call.progress(0, (double) steps, "start");
            call.progress(0, (double) steps, "repeated value is dropped");
            for (int i = 1; i <= steps && !call.cancelled(); i++) {
                call.progress(i, (double) steps, null);
            }
            call.log(McpContext.Level.DEBUG, "work", "debug detail");
            call.log(McpContext.Level.WARNING, "work", java.util.Map.of("steps", steps));
            return call.cancelled() ? "stopped" : "done";
        }
    }

    private static WeldContainer container;
    private static McpDispatcher dispatcher;

    @BeforeAll
    static void deploy() {
        container = WeldDeployment.start(Reporting.class);
        McpExtension e = container.select(McpExtension.class).get();
        dispatcher = new McpDispatcher(e.catalogs(), e.config(), false);
    }

    @AfterAll
    static void stop() {
        container.close();
    }

    private static List<JsonObject> call(JsonValue token, Session session, boolean cancelFirst, List<String> out) {
        List<JsonObject> sent = new CopyOnWriteArrayList<>();
        ToolCall call = new ToolCall(token, sent::add, session, java.time.Duration.ofSeconds(5), session::logLevel, JsonbBuilder.create());
        if (cancelFirst) {
            call.cancel();
        }
        JsonObject response = dispatcher.request(new JsonRpcMessage.Request(Json.parse("1"), "tools/call",
                Json.parse("{\"name\":\"work\",\"arguments\":{\"steps\":3}}").asJsonObject()),
                new CallContext(session, TokenCaller.ANONYMOUS, call)).toCompletableFuture().join();
        out.add(response.getJsonObject("result").getJsonArray("content").getJsonObject(0).getString("text"));
        return sent;
    }

    @Test
    void progressNeedsATokenAndIncreases() {
        List<String> results = new CopyOnWriteArrayList<>();
        List<JsonObject> sent = call(Json.string("t1"), new Session("s", "2025-11-25", "", 0), false, results);
        List<JsonObject> progress = sent.stream().filter(m -> m.getString("method").equals("notifications/progress"))
                .toList();
        assertEquals(4, progress.size(), progress.toString());
        assertEquals(Json.parse("{\"progressToken\":\"t1\",\"progress\":0.0,\"total\":3.0,\"message\":\"start\"}"),
                progress.get(0).get("params"));
        assertEquals(List.of("done"), results);
        assertTrue(call(null, new Session("s", "2025-11-25", "", 0), false, results).stream()
                .noneMatch(m -> m.getString("method").equals("notifications/progress")), "no token, no progress");
    }

    @Test
    void logLevelFilters() {
        Session session = new Session("s", "2025-11-25", "", 0);
        List<String> results = new CopyOnWriteArrayList<>();
        assertEquals(2, call(null, session, false, results).size(), "no level set: every level");
        dispatcher.request(new JsonRpcMessage.Request(Json.parse("2"), "logging/setLevel",
                Json.parse("{\"level\":\"warning\"}").asJsonObject()), new CallContext(session, TokenCaller.ANONYMOUS))
                .toCompletableFuture().join();
        List<JsonObject> sent = call(null, session, false, results);
        assertEquals(1, sent.size());
        assertEquals(Json.parse("{\"level\":\"warning\",\"logger\":\"work\",\"data\":{\"steps\":3}}"),
                sent.get(0).get("params"));
        assertEquals(-32602, dispatcher.request(new JsonRpcMessage.Request(Json.parse("3"), "logging/setLevel",
                Json.parse("{\"level\":\"loud\"}").asJsonObject()), new CallContext(session, TokenCaller.ANONYMOUS))
                .toCompletableFuture().join().getJsonObject("error").getInt("code"));
    }

    @Test
    void cancellationReachesTheMethod() {
        List<String> results = new CopyOnWriteArrayList<>();
        call(Json.string("t"), new Session("s", "2025-11-25", "", 0), true, results);
        assertEquals(List.of("stopped"), results);
    }

    @Test
    void theContextIsNotAnArgument() {
        McpExtension e = container.select(McpExtension.class).get();
        JsonObject schema = e.registry().find("work").descriptor().getJsonObject("inputSchema");
        assertEquals(Set.of("steps"), schema.getJsonObject("properties").keySet());
        assertFalse(schema.toString().contains("call"));
    }

    @Test
    void cancelledNotificationFindsTheRunningCall() {
        Session session = new Session("s", "2025-11-25", "", 0);
        ToolCall call = new ToolCall(null, m -> { }, session, java.time.Duration.ofSeconds(5), session::logLevel, JsonbBuilder.create());
        session.started(Json.parse("42"), call);
        dispatcher.notification(new JsonRpcMessage.Notification("notifications/cancelled",
                Json.parse("{\"requestId\":42,\"reason\":\"user\"}").asJsonObject()),
                new CallContext(session, TokenCaller.ANONYMOUS));
        assertTrue(call.cancelled());
        session.ended(Json.parse("42"));
    }

    @Test
    void requestsToTheClientAreRoutedByIdAndNeedTheCapability() {
        Session session = new Session("s", "2025-11-25", "", 0);
        List<JsonObject> sent = new CopyOnWriteArrayList<>();
        ToolCall call = new ToolCall(null, sent::add, session, java.time.Duration.ofSeconds(5), session::logLevel,
                JsonbBuilder.create());
        assertTrue(call.sample(List.of(dev.mcpee.api.PromptMessage.user("hi")), 10).toCompletableFuture()
                .isCompletedExceptionally(), "no sampling capability declared");
        session.clientCapabilities(Json.parse("{\"sampling\":{},\"elicitation\":{}}").asJsonObject());
        var answer = call.elicit("Name?", Json.parse("{\"type\":\"object\"}").asJsonObject()).toCompletableFuture();
        JsonObject request = sent.get(0);
        assertEquals("elicitation/create", request.getString("method"));
        session.completeRequest(request.get("id"), Json.parse("{\"jsonrpc\":\"2.0\",\"id\":" + request.get("id")
                + ",\"result\":{\"action\":\"accept\",\"content\":{\"name\":\"Ann\"}}}").asJsonObject());
        assertEquals("accept", answer.join().getString("action"));
        var refused = call.sample(List.of(dev.mcpee.api.PromptMessage.user("hi")), 10).toCompletableFuture();
        JsonObject second = sent.get(1);
        assertEquals(Json.parse("{\"messages\":[{\"role\":\"user\",\"content\":{\"type\":\"text\",\"text\":\"hi\"}}],"
                + "\"maxTokens\":10}"), second.get("params"));
        session.completeRequest(second.get("id"), Json.parse("{\"jsonrpc\":\"2.0\",\"id\":" + second.get("id")
                + ",\"error\":{\"code\":-1,\"message\":\"User rejected sampling request\"}}").asJsonObject());
        Throwable cause = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CompletionException.class,
                refused::join).getCause();
        assertEquals("User rejected sampling request", cause.getMessage());
        assertTrue(call.roots().toCompletableFuture().isCompletedExceptionally(), "roots not declared");
        session.clientCapabilities(Json.parse("{\"roots\":{}}").asJsonObject());
        var roots = call.roots().toCompletableFuture();
        assertEquals("roots/list", sent.get(2).getString("method"));
        session.completeRequest(sent.get(2).get("id"), Json.parse("{\"jsonrpc\":\"2.0\",\"id\":" + sent.get(2).get("id")
                + ",\"result\":{\"roots\":[{\"uri\":\"file:///clinic\"}]}}").asJsonObject());
        assertEquals("file:///clinic", roots.join().getJsonArray("roots").getJsonObject(0).getString("uri"));
    }
}
