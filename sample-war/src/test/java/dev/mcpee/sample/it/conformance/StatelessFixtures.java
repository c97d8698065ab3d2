package dev.mcpee.sample.it.conformance;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpFeatures;
import dev.mcpee.api.McpPrompt;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.PromptMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The fixtures the conformance suite's 2026-07-28 scenarios call (the suite's reference server names them),
 * written as any tool author writes them: {@code McpContext.elicit}, {@code sample} and {@code roots}, which
 * under 2026-07-28 become multi round-trip requests without a line of protocol code here.
 */
@ApplicationScoped
public class StatelessFixtures {

    @Inject
    McpFeatures features;

    /**
     * Changes the tool list (switches itself off and on), so listeners hear of it.
     *
     * @return done
     */
    @McpTool(name = "test_trigger_tool_change", description = "Changes the tool list once")
    public String triggerToolChange() {
        features.disableTool("test_trigger_tool_change");
        features.enableTool("test_trigger_tool_change");
        return "The tool list changed";
    }

    /**
     * Changes the prompt list (switches a prompt off and on).
     *
     * @return done
     */
    @McpTool(name = "test_trigger_prompt_change", description = "Changes the prompt list once")
    public String triggerPromptChange() {
        features.disablePrompt("test_input_required_result_prompt");
        features.enablePrompt("test_input_required_result_prompt");
        return "The prompt list changed";
    }

    private static JsonObject schema(String property, String type) {
        return Json.createObjectBuilder().add("type", "object").add("properties", Json.createObjectBuilder()
                .add(property, Json.createObjectBuilder().add("type", type))).add("required",
                Json.createArrayBuilder().add(property)).build();
    }

    private static String text(JsonObject elicited, String property) {
        return elicited.getJsonObject("content").get(property).toString().replace("\"", "");
    }

    /**
     * Echoes an argument that is also sent as the {@code Mcp-Param-Value} header (SEP-2243).
     *
     * @param value the value
     * @return the value
     */
    @McpTool(name = "test_parameter_header", description = "Echoes a value that travels as a header too")
    public String parameterHeader(@McpArg(header = "Value", description = "The value to echo") String value) {
        return value;
    }

    /**
     * Needs sampling, which the probe does not declare: -32021.
     *
     * @param call the call's context
     * @return the sample, never for the probe
     */
    @McpTool(name = "test_missing_capability", description = "Needs the client's sampling capability")
    public String missingCapability(McpContext call) {
        return call.sample(List.of(PromptMessage.user("Say hello")), 10).toCompletableFuture().join()
                .getJsonObject("content").getString("text");
    }

    /**
     * Asks for input while the call runs: under 2026-07-28 that is an input_required result, never a request on
     * the stream.
     *
     * @param call the call's context
     * @return what the user said
     */
    @McpTool(name = "test_streaming_elicitation", description = "Asks the user for input during the call")
    public String streamingElicitation(McpContext call) {
        call.progress(0, 1.0, "asking");
        return "You said " + text(call.elicit("What should I say?", schema("text", "string")).toCompletableFuture()
                .join(), "text");
    }

    /**
     * Logs: only a request that asks for a level gets the messages.
     *
     * @param call the call's context
     * @return done
     */
    @McpTool(name = "test_logging_tool", description = "Emits log messages at info level")
    public String logging(McpContext call) {
        call.log(McpContext.Level.INFO, "conformance", "Tool execution started");
        call.log(McpContext.Level.INFO, "conformance", "Tool execution completed");
        return "Logged two messages";
    }

    /**
     * Asks for the user's name.
     *
     * @param call the call's context
     * @return the greeting
     */
    @McpTool(name = "test_input_required_result_elicitation", description = "Asks the user's name, then greets")
    public String elicitation(McpContext call) {
        return "Hello, " + text(call.elicit("user_name", "What is your name?", schema("name", "string"))
                .toCompletableFuture().join(), "name") + "!";
    }

    /**
     * Asks the client's model.
     *
     * @param call the call's context
     * @return the model's answer
     */
    @McpTool(name = "test_input_required_result_sampling", description = "Asks the client's model a question")
    public String sampling(McpContext call) {
        return "The model said: " + call.sample("sample_request", List.of(PromptMessage.user(
                "What is the capital of France?")), 100).toCompletableFuture().join().getJsonObject("content")
                .getString("text");
    }

    /**
     * Asks for the client's roots.
     *
     * @param call the call's context
     * @return how many
     */
    @McpTool(name = "test_input_required_result_list_roots", description = "Lists the client's roots")
    public String roots(McpContext call) {
        return "Roots: " + call.roots("roots").toCompletableFuture().join().getJsonArray("roots");
    }

    /**
     * Asks for a confirmation; the state carries it to the retry.
     *
     * @param call the call's context
     * @return state-ok once confirmed
     */
    @McpTool(name = "test_input_required_result_request_state", description = "Asks to confirm, keeping state")
    public String requestState(McpContext call) {
        return "state-ok: " + text(call.elicit("confirm", "Continue?", schema("ok", "boolean")).toCompletableFuture()
                .join(), "ok");
    }

    /**
     * Asks three things at once.
     *
     * @param call the call's context
     * @return the three answers
     */
    @McpTool(name = "test_input_required_result_multiple_inputs", description = "Asks the user, the model and"
            + " the client's roots at once")
    public String multipleInputs(McpContext call) {
        var name = call.elicit("user_name", "What is your name?", schema("name", "string")).toCompletableFuture();
        var answer = call.sample("capital", List.of(PromptMessage.user("What is the capital of France?")), 50)
                .toCompletableFuture();
        var roots = call.roots("roots").toCompletableFuture();
        CompletableFuture.allOf(name, answer, roots).join();
        return "Hello, " + text(name.join(), "name") + "; " + answer.join().getJsonObject("content").getString("text")
                + "; roots " + roots.join().getJsonArray("roots").size();
    }

    /**
     * Asks twice, one after the other: two rounds.
     *
     * @param call the call's context
     * @return both answers
     */
    @McpTool(name = "test_input_required_result_multi_round", description = "Asks a name, then a colour")
    public String multiRound(McpContext call) {
        String name = text(call.elicit("name", "What is your name?", schema("name", "string")).toCompletableFuture()
                .join(), "name");
        String color = text(call.elicit("color", "Favourite colour, " + name + "?", schema("color", "string"))
                .toCompletableFuture().join(), "color");
        return name + " likes " + color;
    }

    /**
     * Asks for a confirmation; a tampered state is refused before this runs again.
     *
     * @param call the call's context
     * @return confirmed
     */
    @McpTool(name = "test_input_required_result_tampered_state", description = "Asks to confirm; the state is"
            + " sealed")
    public String tamperedState(McpContext call) {
        return "confirmed: " + text(call.elicit("confirm", "Continue?", schema("ok", "boolean"))
                .toCompletableFuture().join(), "ok");
    }

    /**
     * Asks the model first, then the user: a client with sampling only is asked for sampling only.
     *
     * @param call the call's context
     * @return both answers
     */
    @McpTool(name = "test_input_required_result_capabilities", description = "Asks the model, then the user")
    public String capabilities(McpContext call) {
        String answer = call.sample("question", List.of(PromptMessage.user("Pick a number")), 10)
                .toCompletableFuture().join().getJsonObject("content").getString("text");
        return answer + " / " + text(call.elicit("user_name", "What is your name?", schema("name", "string"))
                .toCompletableFuture().join(), "name");
    }

    /**
     * A prompt that asks for context first.
     *
     * @param call the call's context
     * @return the prompt
     */
    @McpPrompt(name = "test_input_required_result_prompt", description = "A prompt that asks the user for context")
    public String prompt(McpContext call) {
        return "Write about " + text(call.elicit("user_context", "What should it be about?",
                schema("context", "string")).toCompletableFuture().join(), "context");
    }
}
