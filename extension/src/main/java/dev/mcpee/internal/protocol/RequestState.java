package dev.mcpee.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * The {@code requestState} of a multi round-trip request: the answers collected so far, bound to the caller,
 * the request (method and a digest of its params) and an expiry, and sealed with HMAC-SHA256 under
 * {@code mcp.mrtr.state-key}. The client only echoes it; a state that was altered, made for another caller or
 * request, made under another key, or expired is refused. It is never used to decide access: the token of
 * each round is checked as for any request. Every instance behind a load balancer needs the same key.
 */
final class RequestState {

    private static final Logger LOG = Logger.getLogger(RequestState.class.getName());
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final long lifetimeSeconds;
    private final LongSupplier clock;

    /**
     * Creates the codec.
     *
     * @param base64Key       the key (Base64 of at least 32 bytes), or null for a random one of this deployment
     * @param lifetimeSeconds how long a state stays valid
     * @param clock           seconds since the epoch
     */
    RequestState(String base64Key, long lifetimeSeconds, LongSupplier clock) {
        byte[] bytes;
        if (base64Key == null) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            LOG.warning("mcp-ee: mcp.mrtr.state-key is not set: multi round-trip requests of 2026-07-28 clients are"
                    + " sealed with a random key of this deployment, so they cannot continue on another instance or"
                    + " after a restart. Set the same key on every instance.");
        } else {
            bytes = Base64.getDecoder().decode(base64Key);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.lifetimeSeconds = lifetimeSeconds;
        this.clock = clock;
    }

    /**
     * Seals the answers of a request.
     *
     * @param principal who asks (issuer and subject)
     * @param method    the request's method
     * @param params    the request's params
     * @param answers   the answers so far
     * @return the state to send
     */
    String seal(String principal, String method, JsonObject params, Map<String, JsonObject> answers) {
        JsonObjectBuilder collected = Json.object();
        answers.forEach(collected::add);
        JsonObject payload = Json.object().add("p", principal).add("r", digest(method, params))
                .add("e", clock.getAsLong() + lifetimeSeconds).add("a", collected).build();
        String body = B64.encodeToString(Json.bytes(payload));
        return body + "." + B64.encodeToString(mac(body));
    }

    /**
     * Opens a state the client echoed.
     *
     * @param state     the state
     * @param principal who asks now
     * @param method    the request's method
     * @param params    the request's params
     * @return the answers it carries
     * @throws JsonRpcError {@code -32602} when the state is not one this server sealed for this caller and
     *                      request, or has expired
     */
    Map<String, JsonObject> open(String state, String principal, String method, JsonObject params) {
        int dot = state.indexOf('.');
        if (dot <= 0 || !MessageDigest.isEqual(B64.encodeToString(mac(state.substring(0, dot)))
                .getBytes(StandardCharsets.US_ASCII), state.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw refused("it was altered or sealed by another server");
        }
        JsonObject payload;
        try {
            payload = Json.parse(new String(Base64.getUrlDecoder().decode(state.substring(0, dot)),
                    StandardCharsets.UTF_8)).asJsonObject();
        } catch (RuntimeException e) {
            throw refused("it cannot be read");
        }
        if (!principal.equals(payload.getString("p", null))) {
            throw refused("it was made for another caller");
        }
        if (!digest(method, params).equals(payload.getString("r", null))) {
            throw refused("it was made for another request");
        }
        if (payload.getJsonNumber("e") == null || payload.getJsonNumber("e").longValue() < clock.getAsLong()) {
            throw refused("it has expired; start the request again");
        }
        Map<String, JsonObject> answers = new TreeMap<>();
        payload.getJsonObject("a").forEach((k, v) -> answers.put(k, v.asJsonObject()));
        return answers;
    }

    private static JsonRpcError refused(String why) {
        return new JsonRpcError(JsonRpcError.INVALID_PARAMS, "params.requestState is refused: " + why);
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The request's identity: its method and its params without the round's own fields, keys sorted. */
    private static String digest(String method, JsonObject params) {
        JsonObjectBuilder salient = Json.object();
        new TreeMap<>(params).forEach((k, v) -> {
            if (!k.equals("_meta") && !k.equals("inputResponses") && !k.equals("requestState")) {
                salient.add(k, canonical(v));
            }
        });
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((method + "\n" + salient.build())
                    .getBytes(StandardCharsets.UTF_8));
            return B64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static JsonValue canonical(JsonValue value) {
        if (value instanceof JsonObject o) {
            JsonObjectBuilder b = Json.object();
            new TreeMap<>(o).forEach((k, v) -> b.add(k, canonical(v)));
            return b.build();
        }
        if (value instanceof JsonArray a) {
            JsonArrayBuilder b = Json.array();
            a.forEach(v -> b.add(canonical(v)));
            return b.build();
        }
        return value;
    }
}
