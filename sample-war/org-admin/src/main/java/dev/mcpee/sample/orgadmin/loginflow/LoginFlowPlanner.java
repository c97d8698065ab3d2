package dev.mcpee.sample.orgadmin.loginflow;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.PromptMessage;
import dev.mcpee.api.ToolException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Turns a login flow described in words into steps, by asking the client's own model (sampling: under 2025-x a
 * request during the call, under 2026-07-28 an {@code input_required} round). No vendor AI service and no model
 * of the server's own: the user's client decides which model sees the description.
 */
final class LoginFlowPlanner {

    /** The key of the sampling request in a 2026-07-28 {@code input_required} round. */
    static final String KEY = "login_flow_steps";

    private static final int MAX_TOKENS = 800;

    private LoginFlowPlanner() {
    }

    /**
     * Asks the client's model for the steps.
     *
     * @param call           the call
     * @param description    the flow in words
     * @param authenticators what the organization offers
     * @return the steps the model proposed (not yet checked)
     */
    static List<LoginStep> plan(McpContext call, String description, Authenticators authenticators) {
        String prompt = "Turn this login flow description into authentication steps for WSO2 Identity Server /"
                + " Asgardeo.\n\nDescription: " + description + "\n\nUse only these authenticators:\n"
                + authenticators.describe() + "\nA user passes a step with any one of its options; step 1 must"
                + " identify the user. Answer with JSON only, no prose, in this form:\n"
                + "{\"steps\": [{\"options\": [{\"idp\": \"LOCAL\", \"authenticator\": \"BasicAuthenticator\"}]},"
                + " {\"options\": [{\"idp\": \"LOCAL\", \"authenticator\": \"email-otp-authenticator\"}]}]}";
        JsonObject answer = call.sample(KEY, List.of(PromptMessage.user(prompt)), MAX_TOKENS).toCompletableFuture()
                .join();
        return parse(text(answer));
    }

    /**
     * Reads the steps from the model's answer: the JSON object in it, with or without a code fence around.
     *
     * @param text the answer
     * @return the steps
     */
    static List<LoginStep> parse(String text) {
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw unusable("no JSON object");
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(text.substring(start, end + 1)))) {
            json = reader.readObject();
        } catch (JsonException e) {
            throw unusable("not valid JSON");
        }
        if (!(json.get("steps") instanceof JsonArray steps)) {
            throw unusable("no \"steps\" array");
        }
        List<LoginStep> result = new ArrayList<>();
        for (JsonValue step : steps) {
            if (!(step instanceof JsonObject s) || !(s.get("options") instanceof JsonArray options)) {
                throw unusable("a step without \"options\"");
            }
            List<LoginOption> list = new ArrayList<>();
            for (JsonValue option : options) {
                if (!(option instanceof JsonObject o)) {
                    throw unusable("an option that is not an object");
                }
                list.add(new LoginOption(o.getString("idp", null), o.getString("authenticator", null)));
            }
            result.add(new LoginStep(list));
        }
        return result;
    }

    private static String text(JsonObject answer) {
        JsonValue content = answer.get("content");
        // One content block, or (2025-11-25) an array of them.
        JsonValue block = content instanceof JsonArray a && !a.isEmpty() ? a.get(0) : content;
        if (block instanceof JsonObject o && "text".equals(o.getString("type", ""))) {
            return o.getString("text", "");
        }
        throw unusable("no text");
    }

    private static ToolException unusable(String why) {
        return new ToolException("The client's model did not answer with login steps (" + why + "); describe the"
                + " flow again, or give it as steps");
    }
}
