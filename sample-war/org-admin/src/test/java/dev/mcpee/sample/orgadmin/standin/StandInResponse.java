package dev.mcpee.sample.orgadmin.standin;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer of the stand-in, built whole before it is sent so that the contract validator can check it first.
 *
 * @param status      the HTTP status
 * @param contentType the body's media type, or null when there is no body
 * @param body        the body, empty when none
 * @param headers     other headers (e.g. {@code Location}, {@code WWW-Authenticate})
 */
record StandInResponse(int status, String contentType, String body, Map<String, String> headers) {

    /** The error codes are the stand-in's own, in WSO2's shape, so that nobody mistakes them for WSO2's. */
    private static final String CODE_PREFIX = "STANDIN-";

    /** A JSON answer. */
    static StandInResponse json(int status, JsonStructure body) {
        return new StandInResponse(status, "application/json", body.toString(), new LinkedHashMap<>());
    }

    /** A SCIM answer ({@code application/scim+json}, RFC 7644 section 3.1). */
    static StandInResponse scim(int status, JsonStructure body) {
        return new StandInResponse(status, "application/scim+json", body.toString(), new LinkedHashMap<>());
    }

    /** An answer without a body. */
    static StandInResponse empty(int status) {
        return new StandInResponse(status, null, "", new LinkedHashMap<>());
    }

    /** WSO2's error body: {@code code}, {@code message}, {@code description}, {@code traceId}. */
    static StandInResponse error(int status, String message, String description) {
        return json(status, Json.createObjectBuilder().add("code", CODE_PREFIX + status).add("message", message)
                .add("description", description).add("traceId", java.util.UUID.randomUUID().toString()).build());
    }

    /** SCIM's error body (RFC 7644 section 3.12). */
    static StandInResponse scimError(int status, String scimType, String detail) {
        return scim(status, Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:api:messages:2.0:Error"))
                .add("status", String.valueOf(status)).add("scimType", scimType).add("detail", detail).build());
    }

    /** This answer with one more header. */
    StandInResponse with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Sends it. */
    void send(HttpExchange exchange) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
