package dev.mcpee.test;

import java.net.http.HttpHeaders;
import java.util.List;

import jakarta.json.JsonObject;

/**
 * What came back for one HTTP request to the endpoint.
 *
 * @param status         the HTTP status
 * @param headers        the response headers
 * @param body           the body as read, at most the first few KiB (for failure messages)
 * @param response       the JSON-RPC response to the request, or null when none came
 * @param notifications  notifications the server sent before the response (SSE), in order
 * @param serverRequests requests the server sent before the response (SSE), which this client does not answer
 */
record Answer(int status, HttpHeaders headers, String body, JsonObject response, List<JsonObject> notifications,
              List<JsonObject> serverRequests) {

    Answer {
        notifications = List.copyOf(notifications);
        serverRequests = List.copyOf(serverRequests);
    }

    /**
     * The first value of a header.
     *
     * @param name the header, any case
     * @return the value, or null
     */
    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /**
     * What came back, in a few lines, for failure messages: status, the headers a test looks at, the body.
     *
     * @return the description
     */
    String describe() {
        StringBuilder d = new StringBuilder("HTTP ").append(status);
        for (String name : List.of("Content-Type", "WWW-Authenticate", "Mcp-Session-Id")) {
            headers.allValues(name).forEach(v -> d.append("\n  ").append(name).append(": ").append(v));
        }
        if (!body.isEmpty()) {
            d.append("\n  body: ").append(body.strip());
        }
        if (!serverRequests.isEmpty()) {
            d.append("\n  unanswered requests from the server: ")
                    .append(serverRequests.stream().map(r -> r.getString("method", "?")).toList());
        }
        return d.toString();
    }
}
