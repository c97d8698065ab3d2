package dev.mcpee.internal.protocol;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.mcpee.api.ToolException;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.schema.SchemaValidator;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * One round of a 2026-07-28 multi round-trip request, seen from the running method: the answers the client has
 * given so far (from {@code inputResponses} and the verified {@code requestState}), and the requests the method
 * makes that have none yet. A request with an answer completes at once; one without is recorded and fails its
 * stage, so the method stops; once the method is done, the recorded requests become the call's
 * {@code input_required} result and the method runs again when the client retries with the answers.
 */
public final class InputRound {

    private final JsonObject capabilities;
    private final Map<String, JsonObject> answers;
    private final Map<String, JsonObject> requests = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private String missingCapability;

    /**
     * Creates the round.
     *
     * @param capabilities what the client declared in this request
     * @param answers      every answer so far, by key
     */
    public InputRound(JsonObject capabilities, Map<String, JsonObject> answers) {
        this.capabilities = capabilities;
        this.answers = Map.copyOf(answers);
    }

    /**
     * Fails the stage of a request without an answer yet (or for a capability the client did not declare): the
     * method stops, and the call continues as {@code input_required} (or ends with {@code -32021}). A
     * {@link ToolException}, so that the invokers treat it as a reported failure, not a bug to log.
     */
    public static final class InputRequired extends ToolException {
        private static final long serialVersionUID = 1L;

        InputRequired(String message) {
            super(message);
        }
    }

    /**
     * Whether the client declared a capability in this request.
     *
     * @param capability {@code sampling}, {@code elicitation} or {@code roots}
     * @return true when declared
     */
    boolean declares(String capability) {
        return capabilities.containsKey(capability);
    }

    /**
     * A request of the method to the client.
     *
     * @param key        the caller's key, or null for the next default one of that capability
     * @param capability the client capability it needs ({@code sampling}, {@code elicitation}, {@code roots})
     * @param method     the request's method
     * @param params     its params
     * @return the answer, or a stage failed with {@link InputRequired} or {@code -32021}
     */
    synchronized CompletionStage<JsonObject> request(String key, String capability, String method,
                                                     JsonObjectBuilder params) {
        if (!capabilities.containsKey(capability)) {
            if (missingCapability == null) {
                missingCapability = capability;
            }
            return CompletableFuture.failedFuture(new InputRequired("The client did not declare the " + capability
                    + " capability"));
        }
        int n = counts.merge(capability, 1, Integer::sum);
        String name = key != null ? key : n == 1 ? capability : capability + "-" + n;
        JsonObject built = params.build();
        JsonObject answer = answers.get(name);
        if (answer != null && acceptable(method, built, answer)) {
            return CompletableFuture.completedFuture(answer);
        }
        requests.put(name, Json.object().add("method", method).add("params", built).build());
        return CompletableFuture.failedFuture(new InputRequired("The call needs the client's answer to '" + name
                + "' and continues when the client retries"));
    }

    /**
     * Whether an answer may be given to the method: an accepted elicitation whose content does not fit the form's
     * schema is asked again, as if unanswered, rather than handed to code that trusts the schema.
     */
    private static boolean acceptable(String method, JsonObject params, JsonObject answer) {
        if (!"elicitation/create".equals(method)) {
            return true;
        }
        JsonValue action = answer.get("action");
        if (action instanceof JsonString a && ("decline".equals(a.getString()) || "cancel".equals(a.getString()))) {
            return true;
        }
        if (!(action instanceof JsonString a && "accept".equals(a.getString()))
                || !(answer.get("content") instanceof JsonObject content)
                || !(params.get("requestedSchema") instanceof JsonObject schema)) {
            return false;
        }
        try {
            return SchemaValidator.compile(schema).validate(content, "content").isEmpty();
        } catch (IllegalArgumentException e) {
            // A form schema the validator cannot check: the client's content cannot be trusted unchecked.
            return false;
        }
    }

    /**
     * The error of a request for a capability the client did not declare.
     *
     * @param capability the capability
     * @return {@code -32021} naming it in {@code data.requiredCapabilities}
     */
    static JsonRpcError missingCapability(String capability) {
        return new JsonRpcError(JsonRpcError.MISSING_CLIENT_CAPABILITY, "This request needs the client's "
                + capability + " capability, which it did not declare", Json.object().add("requiredCapabilities",
                Json.object().add(capability, Json.object())).build());
    }

    /**
     * The first capability a request needed that the client did not declare.
     *
     * @return the capability, or null
     */
    synchronized String missingCapability() {
        return missingCapability;
    }

    /**
     * The requests without an answer, by key.
     *
     * @return the requests in the order made; empty when the method had all it asked for
     */
    synchronized Map<String, JsonObject> unanswered() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requests));
    }

    /**
     * Every answer so far.
     *
     * @return the answers by key
     */
    Map<String, JsonObject> answers() {
        return answers;
    }
}
