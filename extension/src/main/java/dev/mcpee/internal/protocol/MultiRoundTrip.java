package dev.mcpee.internal.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.mcpee.api.Caller;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.jsonrpc.JsonRpcMessage;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Multi round-trip requests of 2026-07-28 (SEP-2322): how {@code McpContext.sample}, {@code elicit} and
 * {@code roots} work without requests from the server. Before the method runs, {@link #begin} gathers the
 * answers so far (the verified {@code requestState} and the retry's {@code inputResponses}); after it,
 * {@link #finish} turns the requests still unanswered into an {@code input_required} result with a new sealed
 * state, or a request for an undeclared capability into {@code -32021}. Only {@code tools/call},
 * {@code prompts/get} and {@code resources/read} take part.
 */
public final class MultiRoundTrip {

    private static final Set<String> METHODS = Set.of("tools/call", "prompts/get", "resources/read");
    /** How long a client has to answer before the state expires. */
    private static final long STATE_LIFETIME_SECONDS = 600;

    private final RequestState states;
    private final StatelessResults results;

    MultiRoundTrip(String stateKey, StatelessResults results) {
        this.states = new RequestState(stateKey, STATE_LIFETIME_SECONDS, () -> System.currentTimeMillis() / 1000);
        this.results = results;
    }

    /**
     * Whether a method may answer {@code input_required}.
     *
     * @param method the method
     * @return true for calls, prompt gets and resource reads
     */
    public static boolean applies(String method) {
        return METHODS.contains(method);
    }

    /**
     * The round a request begins.
     *
     * @param request      the request
     * @param caller       the verified caller
     * @param capabilities what the client declared in this request
     * @return the round, with every answer so far
     * @throws JsonRpcError {@code -32602} for malformed {@code inputResponses} or a refused {@code requestState}
     */
    public InputRound begin(JsonRpcMessage.Request request, Caller caller, JsonObject capabilities) {
        JsonObject params = request.params();
        Map<String, JsonObject> answers = new LinkedHashMap<>();
        JsonValue state = params.get("requestState");
        if (state != null && state != JsonValue.NULL) {
            if (!(state instanceof JsonString s)) {
                throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "params.requestState must be a string");
            }
            answers.putAll(states.open(s.getString(), principal(caller), request.method(), params));
        }
        if (params.containsKey("inputResponses")) {
            if (!(params.get("inputResponses") instanceof JsonObject responses)) {
                throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "params.inputResponses must be an object of"
                        + " answers by key");
            }
            responses.forEach((key, answer) -> {
                if (!(answer instanceof JsonObject o)) {
                    throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "params.inputResponses." + key
                            + " must be the client's result object");
                }
                answers.put(key, o);
            });
        }
        return new InputRound(capabilities, answers);
    }

    /**
     * The response the client gets once the method is done.
     *
     * @param request  the request
     * @param caller   the verified caller
     * @param round    the round the method ran in
     * @param response the method's own response
     * @return {@code -32021}, an {@code input_required} result, or the method's response
     */
    public JsonObject finish(JsonRpcMessage.Request request, Caller caller, InputRound round, JsonObject response) {
        if (round.missingCapability() != null) {
            return JsonRpcCodec.error(request.id(), InputRound.missingCapability(round.missingCapability()));
        }
        Map<String, JsonObject> unanswered = round.unanswered();
        if (unanswered.isEmpty()) {
            return response;
        }
        JsonObjectBuilder requests = Json.object();
        unanswered.forEach(requests::add);
        JsonObject result = Json.object().add("resultType", "input_required").add("inputRequests", requests)
                .add("requestState", states.seal(principal(caller), request.method(), request.params(),
                        round.answers())).build();
        return JsonRpcCodec.result(request.id(), results.complete(request.method(), result));
    }

    private static String principal(Caller caller) {
        return caller.authenticated() ? caller.issuer() + "\n" + caller.subject() : "";
    }
}
