package dev.mcpee.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpPrompt;
import dev.mcpee.api.McpResource;
import dev.mcpee.api.McpTool;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.protocol.StreamedCall;
import dev.mcpee.internal.http.SessionClient;
import dev.mcpee.internal.protocol.CallContext;
import dev.mcpee.internal.protocol.McpDispatcher;
import dev.mcpee.internal.security.TokenCaller;
import dev.mcpee.internal.session.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The call context, for tools, prompts and resources: progress only with a token and increasing, log levels,
 * cancellation, no schema entry.
 */
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

        @McpPrompt
        public String briefing(McpContext call, @McpArg(description = "The pet") String pet) {
            call.progress(1, 2.0, "looking up " + pet);
            call.log(McpContext.Level.INFO, "briefing", "found " + pet);
            call.progress(2, 2.0, null);
            return call.cancelled() ? "stopped" : "Brief me on " + pet;
        }

        @McpPrompt
        public String plain(String pet) {
            return "Tell me about " + pet;
        }

        @McpResource(uri = "test://reports/{year}", mimeType = "text/plain")
        public String report(int year, McpContext call) {
            call.progress(1, null, "reading " + year);
            call.log(McpContext.Level.NOTICE, "report", "read " + year);
            return call.cancelled() ? "stopped" : "report " + year;
        }
    }

    @RegisterExtension
    static final DeployedDispatcher DEPLOYED = new DeployedDispatcher(Reporting.class);

    private static McpDispatcher dispatcher;

    @BeforeAll
    static void deploy() {
        dispatcher = DEPLOYED.dispatcher();
    }

    private static List<JsonObject> call(JsonValue token, Session session, boolean cancelFirst, List<String> out) {
        List<JsonObject> sent = new CopyOnWriteArrayList<>();
        StreamedCall call = new StreamedCall(token, new SessionClient(session), sent::add, java.time.Duration.ofSeconds(5), JsonbBuilder.create());
        if (cancelFirst) {
            call.cancel();
        }
        JsonObject response = dispatcher.request(new JsonRpcMessage.Request(Json.parse("1"), "tools/call",
                Json.parse("{\"name\":\"work\",\"arguments\":{\"steps\":3}}").asJsonObject()),
                new CallContext(new SessionClient(session), TokenCaller.ANONYMOUS, call)).toCompletableFuture().join();
        out.add(response.getJsonObject("result").getJsonArray("content").getJsonObject(0).getString("text"));
        return sent;
    }

    /** Sends a request with a fresh streamed context; returns what the method sent, the response into out. */
    private static List<JsonObject> request(String method, String params, boolean cancelFirst, List<JsonObject> out) {
        Session session = new Session("s", "2025-11-25", "", 0);
        List<JsonObject> sent = new CopyOnWriteArrayList<>();
        JsonObject p = Json.parse(params).asJsonObject();
        JsonValue token = p.containsKey("_meta") ? p.getJsonObject("_meta").get("progressToken") : null;
        StreamedCall call = new StreamedCall(token, new SessionClient(session), sent::add, java.time.Duration.ofSeconds(5), JsonbBuilder.create());
        if (cancelFirst) {
            call.cancel();
        }
        JsonRpcMessage.Request request = new JsonRpcMessage.Request(Json.parse("7"), method, p);
        assertTrue(dispatcher.plan(request, TokenCaller.ANONYMOUS).takesContext(), method + " of a method taking McpContext streams");
        out.add(dispatcher.request(request, new CallContext(new SessionClient(session), TokenCaller.ANONYMOUS, call))
                .toCompletableFuture().join());
        return sent;
    }

    @Test
    void aPromptGetsTheContext() {
        List<JsonObject> responses = new CopyOnWriteArrayList<>();
        List<JsonObject> sent = request("prompts/get",
                "{\"name\":\"briefing\",\"arguments\":{\"pet\":\"Rex\"},\"_meta\":{\"progressToken\":5}}",
                false, responses);
        assertEquals(List.of(
                Json.parse("{\"progressToken\":5,\"progress\":1.0,\"total\":2.0,\"message\":\"looking up Rex\"}"),
                Json.parse("{\"level\":\"info\",\"logger\":\"briefing\",\"data\":\"found Rex\"}"),
                Json.parse("{\"progressToken\":5,\"progress\":2.0,\"total\":2.0}")),
                sent.stream().map(m -> m.get("params")).toList());
        assertEquals("Brief me on Rex", responses.get(0).getJsonObject("result").getJsonArray("messages")
                .getJsonObject(0).getJsonObject("content").getString("text"));
        request("prompts/get", "{\"name\":\"briefing\",\"arguments\":{\"pet\":\"Rex\"}}", true, responses);
        assertEquals("stopped", responses.get(1).getJsonObject("result").getJsonArray("messages")
                .getJsonObject(0).getJsonObject("content").getString("text"), "cancellation reaches a prompt");
    }

    @Test
    void theContextIsNotAPromptArgument() {
        McpExtension e = DEPLOYED.extension();
        assertEquals(Json.parse("[{\"name\":\"pet\",\"description\":\"The pet\",\"required\":true}]"),
                e.deployment().catalogs().prompts().find("briefing").descriptor().get("arguments"));
    }

    @Test
    void aResourceGetsTheContext() {
        List<JsonObject> responses = new CopyOnWriteArrayList<>();
        List<JsonObject> sent = request("resources/read",
                "{\"uri\":\"test://reports/2026\",\"_meta\":{\"progressToken\":\"r\"}}", false, responses);
        assertEquals(List.of(
                Json.parse("{\"progressToken\":\"r\",\"progress\":1.0,\"message\":\"reading 2026\"}"),
                Json.parse("{\"level\":\"notice\",\"logger\":\"report\",\"data\":\"read 2026\"}")),
                sent.stream().map(m -> m.get("params")).toList());
        assertEquals(Json.parse("{\"contents\":[{\"uri\":\"test://reports/2026\",\"mimeType\":\"text/plain\","
                + "\"text\":\"report 2026\"}]}"), responses.get(0).get("result"));
        request("resources/read", "{\"uri\":\"test://reports/2026\"}", true, responses);
        assertEquals("stopped", responses.get(1).getJsonObject("result").getJsonArray("contents").getJsonObject(0)
                .getString("text"), "cancellation reaches a resource");
    }

    @Test
    void requestsWithoutAContextMethodDoNotStream() {
        for (String[] r : new String[][] {{"prompts/get", "{\"name\":\"nope\"}"}, {"prompts/get", "{\"name\":\"plain\"}"}, {"resources/read",
                "{\"uri\":\"test://elsewhere\"}"}, {"tools/call", "{\"name\":\"nope\"}"}, {"tools/list", "{}"},
                {"resources/templates/list", "{}"}}) {
            assertFalse(dispatcher.plan(new JsonRpcMessage.Request(Json.parse("1"), r[0],
                    Json.parse(r[1]).asJsonObject()), TokenCaller.ANONYMOUS).takesContext(), r[0] + " " + r[1]);
        }
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
                Json.parse("{\"level\":\"warning\"}").asJsonObject()), new CallContext(new SessionClient(session), TokenCaller.ANONYMOUS))
                .toCompletableFuture().join();
        List<JsonObject> sent = call(null, session, false, results);
        assertEquals(1, sent.size());
        assertEquals(Json.parse("{\"level\":\"warning\",\"logger\":\"work\",\"data\":{\"steps\":3}}"),
                sent.get(0).get("params"));
        assertEquals(-32602, dispatcher.request(new JsonRpcMessage.Request(Json.parse("3"), "logging/setLevel",
                Json.parse("{\"level\":\"loud\"}").asJsonObject()), new CallContext(new SessionClient(session), TokenCaller.ANONYMOUS))
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
        McpExtension e = DEPLOYED.extension();
        JsonObject schema = e.registry().find("work").descriptor().getJsonObject("inputSchema");
        assertEquals(Set.of("steps"), schema.getJsonObject("properties").keySet());
        assertFalse(schema.toString().contains("call"));
    }

    @Test
    void cancelledNotificationFindsTheRunningCall() {
        Session session = new Session("s", "2025-11-25", "", 0);
        StreamedCall call = new StreamedCall(null, new SessionClient(session), m -> { }, java.time.Duration.ofSeconds(5), JsonbBuilder.create());
        session.calls().started(Json.parse("42"), call::cancel);
        dispatcher.notification(new JsonRpcMessage.Notification("notifications/cancelled",
                Json.parse("{\"requestId\":42,\"reason\":\"user\"}").asJsonObject()),
                new CallContext(new SessionClient(session), TokenCaller.ANONYMOUS));
        assertTrue(call.cancelled());
        session.calls().ended(Json.parse("42"));
    }

    @Test
    void requestsToTheClientAreRoutedByIdAndNeedTheCapability() {
        Session session = new Session("s", "2025-11-25", "", 0);
        List<JsonObject> sent = new CopyOnWriteArrayList<>();
        StreamedCall call = new StreamedCall(null, new SessionClient(session), sent::add, java.time.Duration.ofSeconds(5), JsonbBuilder.create());
        assertTrue(call.sample(List.of(dev.mcpee.api.PromptMessage.user("hi")), 10).toCompletableFuture()
                .isCompletedExceptionally(), "no sampling capability declared");
        session.clientCapabilities(Json.parse("{\"sampling\":{},\"elicitation\":{}}").asJsonObject());
        var answer = call.elicit("Name?", Json.parse("{\"type\":\"object\"}").asJsonObject()).toCompletableFuture();
        JsonObject request = sent.get(0);
        assertEquals("elicitation/create", request.getString("method"));
        session.requests().complete(request.get("id"), Json.parse("{\"jsonrpc\":\"2.0\",\"id\":" + request.get("id")
                + ",\"result\":{\"action\":\"accept\",\"content\":{\"name\":\"Ann\"}}}").asJsonObject());
        assertEquals("accept", answer.join().getString("action"));
        var refused = call.sample(List.of(dev.mcpee.api.PromptMessage.user("hi")), 10).toCompletableFuture();
        JsonObject second = sent.get(1);
        assertEquals(Json.parse("{\"messages\":[{\"role\":\"user\",\"content\":{\"type\":\"text\",\"text\":\"hi\"}}],"
                + "\"maxTokens\":10}"), second.get("params"));
        session.requests().complete(second.get("id"), Json.parse("{\"jsonrpc\":\"2.0\",\"id\":" + second.get("id")
                + ",\"error\":{\"code\":-1,\"message\":\"User rejected sampling request\"}}").asJsonObject());
        Throwable cause = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CompletionException.class,
                refused::join).getCause();
        assertEquals("User rejected sampling request", cause.getMessage());
        assertTrue(call.roots().toCompletableFuture().isCompletedExceptionally(), "roots not declared");
        session.clientCapabilities(Json.parse("{\"roots\":{}}").asJsonObject());
        var roots = call.roots().toCompletableFuture();
        assertEquals("roots/list", sent.get(2).getString("method"));
        session.requests().complete(sent.get(2).get("id"), Json.parse("{\"jsonrpc\":\"2.0\",\"id\":" + sent.get(2).get("id")
                + ",\"result\":{\"roots\":[{\"uri\":\"file:///clinic\"}]}}").asJsonObject());
        assertEquals("file:///clinic", roots.join().getJsonArray("roots").getJsonObject(0).getString("uri"));
    }
}
