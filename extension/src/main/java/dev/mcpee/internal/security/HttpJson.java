package dev.mcpee.internal.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Fetches JSON documents (authorization server metadata, JWKS) with short timeouts. */
final class HttpJson {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /**
     * GETs a JSON object.
     *
     * @param uri the URL
     * @return the object
     * @throws IOException when the URL does not answer 200 with a JSON object
     */
    JsonObject get(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        try {
            JsonValue v = Json.parse(response.body());
            if (v.getValueType() == JsonValue.ValueType.OBJECT) {
                return v.asJsonObject();
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new IOException("the answer is not a JSON object");
    }
}
