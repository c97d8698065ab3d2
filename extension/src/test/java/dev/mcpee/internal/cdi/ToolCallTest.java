package dev.mcpee.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpee.internal.http.SessionClient;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import dev.mcpee.internal.protocol.CallContext;
import dev.mcpee.internal.protocol.McpDispatcher;
import dev.mcpee.internal.security.TokenCaller;
import dev.mcpee.internal.session.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code tools/call} through the dispatcher, on beans in a real CDI container. */
class ToolCallTest {

    @RegisterExtension
    static final DeployedDispatcher DEPLOYED = new DeployedDispatcher(SampleTools.Calculator.class, SampleTools.PerCall.class);

    private static McpDispatcher dispatcher;
    private static final CallContext CONTEXT = new CallContext(new SessionClient(new Session("s", "2025-11-25", "", 0)), TokenCaller.ANONYMOUS);

    @BeforeAll
    static void deploy() {
        dispatcher = DEPLOYED.dispatcher();
    }

    private static JsonObject call(String tool, String arguments) {
        JsonObject params = Json.object().add("name", tool).add("arguments", Json.parse(arguments)).build();
        JsonObject response = dispatcher.request(new JsonRpcMessage.Request(Json.parse("1"), "tools/call", params),
                CONTEXT).toCompletableFuture().join();
        assertFalse(response.containsKey("error"), response.toString());
        return response.getJsonObject("result");
    }

    private static JsonObject text(String text, boolean isError) {
        String error = isError ? ",\"isError\":true" : "";
        return Json.parse("{\"content\":[{\"type\":\"text\",\"text\":" + Json.string(text) + "}]" + error + "}")
                .asJsonObject();
    }

    @Test
    void primitivesAndDefaults() {
        assertEquals(text("5", false), call("add", "{\"a\":2,\"b\":3}"));
        assertEquals(text("3", false), call("add", "{\"a\":2}"), "b defaults to 1");
        assertEquals(text("3", false), call("add", "{\"a\":2.0}"), "2.0 is an integer in JSON Schema");
    }

    @Test
    void missingAndMistypedArgumentsAreToolErrorsNamingTheArgument() {
        JsonObject missing = call("add", "{}");
        assertTrue(missing.getBoolean("isError"));
        assertTrue(missing.toString().contains("'a'"), missing.toString());
        JsonObject wrong = call("add", "{\"a\":\"two\"}");
        assertTrue(wrong.getBoolean("isError"));
        assertTrue(wrong.toString().contains("'a'"), wrong.toString());
        JsonObject fraction = call("add", "{\"a\":2.5}");
        assertTrue(fraction.getBoolean("isError"), fraction.toString());
    }

    @Test
    void recordsBecomeStructuredContentWithATextCopy() {
        JsonObject result = call("pet", "{\"name\":\"Rex\"}");
        JsonObject structured = result.getJsonObject("structuredContent");
        assertEquals(Json.parse("{\"age\":3,\"name\":\"Rex\"}"), structured);
        assertEquals(structured, Json.parse(result.getJsonArray("content").getJsonObject(0).getString("text")));
    }

    @Test
    void collectionsAreWrapped() {
        JsonObject result = call("names", "{}");
        assertEquals(Json.parse("{\"result\":[\"a\",\"b\"]}"), result.get("structuredContent"));
    }

    @Test
    void voidGivesEmptyContent() {
        assertEquals(Json.parse("{\"content\":[]}"), call("nothing", "{}"));
    }

    @Test
    void asynchronousTools() {
        assertEquals(text("ABC", false), call("later", "{\"s\":\"abc\"}"));
        assertEquals(text("not today", true), call("laterFailing", "{}"));
    }

    @Test
    void toolExceptionsReachTheCallerAndOthersDoNot() {
        assertEquals(text("No pet with id 9; call list_pets first", true), call("refuse", "{}"));
        JsonObject boom = call("boom", "{}");
        assertTrue(boom.getBoolean("isError"));
        assertFalse(boom.toString().contains("secret"), boom.toString());
        assertTrue(boom.toString().contains("The tool failed unexpectedly"), boom.toString());
    }

    @Test
    void contentTypes() {
        assertEquals(Json.parse("{\"content\":[{\"type\":\"text\",\"text\":\"hi\"},"
                + "{\"type\":\"image\",\"data\":\"AQID\",\"mimeType\":\"image/png\"},"
                + "{\"type\":\"resource\",\"resource\":{\"uri\":\"test://r\",\"mimeType\":\"text/plain\","
                + "\"text\":\"body\"}}]}"), call("media", "{}"));
        assertEquals(Json.parse("{\"content\":[{\"type\":\"text\",\"text\":\"custom\"}],"
                + "\"structuredContent\":{\"age\":5,\"name\":\"Rex\"},\"isError\":true}"), call("custom", "{}"));
    }

    @Test
    void optionalArguments() {
        assertEquals(text("Hello world", false), call("greet", "{}"));
        assertEquals(text("Hello world", false), call("greet", "{\"who\":null}"));
        assertEquals(text("Hello Ann", false), call("greet", "{\"who\":\"Ann\"}"));
    }

    @Test
    void dependentInstancesAreDestroyedAfterEachCall() {
        int before = SampleTools.PerCall.DESTROYED.get();
        assertEquals(text("done", false), call("per.call", "{}"));
        assertEquals(text("done", false), call("per.call", "{}"));
        assertEquals(before + 2, SampleTools.PerCall.DESTROYED.get());
    }

    @Test
    void unknownToolAndBadParamsAreInvalidParams() {
        for (String params : new String[] {"{\"name\":\"nope\"}", "{}", "{\"name\":\"add\",\"arguments\":[1]}"}) {
            JsonObject response = dispatcher.request(new JsonRpcMessage.Request(Json.parse("4"), "tools/call",
                    Json.parse(params).asJsonObject()), CONTEXT).toCompletableFuture().join();
            assertEquals(-32602, response.getJsonObject("error").getInt("code"), params);
            assertEquals(Json.parse("4"), response.get("id"));
        }
    }

    @Test
    void unknownMethod() {
        JsonObject response = dispatcher.request(new JsonRpcMessage.Request(Json.parse("\"x\""), "resources/list",
                JsonValue.EMPTY_JSON_OBJECT), CONTEXT).toCompletableFuture().join();
        assertEquals(Json.parse("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"error\":{\"code\":-32601,"
                + "\"message\":\"Method not found: resources/list\"}}"), response);
    }
}
