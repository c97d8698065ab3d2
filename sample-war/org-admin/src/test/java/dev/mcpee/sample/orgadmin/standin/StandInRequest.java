package dev.mcpee.sample.orgadmin.standin;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request to the stand-in, read whole from the exchange: the contract validator, the token checks and the
 * routes all need the body, and an {@link HttpExchange}'s body can be read only once.
 *
 * @param method   e.g. {@code GET}
 * @param fullPath the path as sent, e.g. {@code /t/standin/api/server/v1/applications}
 * @param path     the path under the organization's base, e.g. {@code /api/server/v1/applications}
 * @param query    the decoded query parameters, in order
 * @param headers  the headers, names case-insensitive
 * @param body     the body as text, empty when none
 */
record StandInRequest(String method, String fullPath, String path, Map<String, List<String>> query,
                      Map<String, List<String>> headers, String body) {

    /** Reads an exchange; {@code basePath} is the organization's path prefix, e.g. {@code /t/standin}. */
    static StandInRequest read(HttpExchange exchange, String basePath) throws IOException {
        String fullPath = exchange.getRequestURI().getRawPath();
        String path = fullPath.startsWith(basePath) ? fullPath.substring(basePath.length()) : fullPath;
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new StandInRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                URLDecoder.decode(fullPath, StandardCharsets.UTF_8), URLDecoder.decode(path, StandardCharsets.UTF_8),
                form(exchange.getRequestURI().getRawQuery()), headers, body);
    }

    /** Decodes {@code a=1&b=x+y} (a query, or a form body). */
    static Map<String, List<String>> form(String raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return values;
    }

    /** The first value of a header, or null. */
    String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a query parameter, or null. */
    String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** An integer query parameter, or {@code otherwise} when absent (the contract check has vetted its form). */
    int queryInt(String name, int otherwise) {
        String value = query(name);
        try {
            return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The body as a JSON object; a {@link JsonException} when it is none (the route answers 400). */
    JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
