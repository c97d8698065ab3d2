package dev.mcpee.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;
import org.opentest4j.AssertionFailedError;

/**
 * Sends HTTP requests to the endpoint as a Streamable HTTP client does and reads what comes back, each request
 * within one deadline: the headers and the whole answer (the response event of a stream included) must arrive
 * before it, or the test fails saying what had come so far.
 */
final class Transport {

    /** What a Streamable HTTP client accepts. */
    static final String ACCEPT = "application/json, text/event-stream";

    // HTTP/1.1, as MCP clients use it (no h2c upgrade).
    private final HttpClient http;
    private final URI endpoint;
    private final String token;
    private final Duration timeout;

    /**
     * A transport to one endpoint.
     *
     * @param endpoint the MCP endpoint URL
     * @param token    the bearer token every request carries, or null for none
     * @param timeout  the deadline of each request, from sending it to its answer's end
     */
    Transport(URI endpoint, String token, Duration timeout) {
        this.endpoint = endpoint;
        this.token = token;
        this.timeout = timeout;
        Duration connect = timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connect).build();
    }

    /**
     * POSTs a JSON-RPC message; for a request, reads up to its response.
     *
     * @param message the message
     * @param headers further headers (the MCP ones)
     * @param what    what is sent, for failure messages (e.g. {@code tools/call greet})
     * @return what came back
     * @throws AssertionFailedError when the endpoint cannot be reached or does not answer in time
     */
    Answer post(JsonObject message, Map<String, String> headers, String what) {
        HttpRequest.Builder request = request(headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString(), StandardCharsets.UTF_8));
        return exchange(request.build(), new BodyReader(message.get("id")), what);
    }

    /**
     * DELETEs (ends a session).
     *
     * @param headers further headers
     * @param what    what is sent, for failure messages
     * @return what came back
     */
    Answer delete(Map<String, String> headers, String what) {
        return exchange(request(headers).DELETE().build(), new BodyReader(null), what);
    }

    private HttpRequest.Builder request(Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(timeout).header("Accept", ACCEPT);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        return b;
    }

    private Answer exchange(HttpRequest request, BodyReader reader, String what) {
        Instant deadline = Instant.now().plus(timeout);
        CompletableFuture<HttpResponse<InputStream>> sent = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<InputStream> response;
        try {
            response = sent.get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
                    TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw new AssertionFailedError(what + ": no answer from " + endpoint + " within " + timeout);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new AssertionFailedError(what + ": " + request.method() + " " + endpoint + " failed: " + cause,
                    cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError(what + ": interrupted while waiting for " + endpoint);
        }
        Watchdog watchdog = new Watchdog(response.body(), deadline);
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            reader.read(in, contentType);
        } catch (IOException e) {
            Answer partial = reader.answer(response.statusCode(), response.headers());
            throw new AssertionFailedError(what + (watchdog.fired()
                    ? ": the answer did not end within " + timeout : ": reading the answer failed (" + e + ")")
                    + "; so far:\n" + partial.describe() + "\n  notifications: " + partial.notifications().size());
        } finally {
            watchdog.disarm();
        }
        return reader.answer(response.statusCode(), response.headers());
    }

    /**
     * Closes a body at the deadline, which ends a read blocked on it. Closing the raw stream (not the reader
     * around it, whose lock the blocked read holds) is what unblocks it.
     */
    private static final class Watchdog {
        private static final int ARMED = 0;
        private static final int DONE = 1;
        private static final int FIRED = 2;
        private final AtomicInteger state = new AtomicInteger(ARMED);

        Watchdog(InputStream body, Instant deadline) {
            long delay = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS).execute(() -> {
                if (state.compareAndSet(ARMED, FIRED)) {
                    try {
                        body.close();
                    } catch (IOException e) {
                        // the reader fails either way
                    }
                }
            });
        }

        boolean fired() {
            return state.get() == FIRED;
        }

        void disarm() {
            state.compareAndSet(ARMED, DONE);
        }
    }
}
