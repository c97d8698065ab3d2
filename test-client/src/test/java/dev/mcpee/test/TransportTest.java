package dev.mcpee.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Every wait has a deadline: an HTTP server on 127.0.0.1 that answers slowly, or never finishes, makes the
 * request fail in time, saying what had come; a stream left open after the response does not hold the test.
 */
class TransportTest {

    private static final JsonObject REQUEST = Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", 4)
            .add("method", "tools/call").build();
    private static final String PRIMING = "id: s_0\nretry: 1000\ndata:\n\n";
    private static final String PROGRESS = "data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\"}\n\n";

    private final CountDownLatch release = new CountDownLatch(1);
    private ExecutorService threads;
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        threads = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/stalls-before-headers", exchange -> hold());
        server.createContext("/stalls-mid-stream", exchange -> {
            OutputStream out = events(exchange);
            out.write((PRIMING + PROGRESS).getBytes(StandardCharsets.UTF_8));
            out.flush();
            hold();
        });
        server.createContext("/answers-and-stays-open", exchange -> {
            OutputStream out = events(exchange);
            out.write((PRIMING + "data: {\"jsonrpc\":\"2.0\",\"id\":4,\"result\":{}}\n\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            hold();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private static OutputStream events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    private void hold() {
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Transport transport(String path, Duration timeout) {
        return new Transport(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), null, timeout);
    }

    @Test
    void noHeadersBeforeTheDeadlineFailsTheRequest() {
        long start = System.nanoTime();
        Transport transport = transport("/stalls-before-headers", Duration.ofMillis(500));
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> transport.post(REQUEST, Map.of(), "tools/call x"));
        assertTrue(e.getMessage().startsWith("tools/call x: no answer from http://127.0.0.1:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("within PT0.5S"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "failed near the deadline");
    }

    @Test
    void aStreamThatDoesNotEndBeforeTheDeadlineFailsTheRequestShowingWhatCame() {
        long start = System.nanoTime();
        Transport transport = transport("/stalls-mid-stream", Duration.ofMillis(700));
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> transport.post(REQUEST, Map.of(), "tools/call x"));
        assertTrue(e.getMessage().startsWith("tools/call x: the answer did not end within PT0.7S; so far:\nHTTP 200"),
                e.getMessage());
        assertTrue(e.getMessage().contains("notifications/progress") && e.getMessage().endsWith("notifications: 1"),
                e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "failed near the deadline");
    }

    @Test
    void theResponseEndsTheRequestThoughTheStreamStaysOpen() {
        long start = System.nanoTime();
        Answer answer = transport("/answers-and-stays-open", Duration.ofSeconds(20)).post(REQUEST, Map.of(), "x");
        assertEquals(JsonObject.EMPTY_JSON_OBJECT, answer.response().getJsonObject("result"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "did not wait for the stream's end");
    }

    @Test
    void aClosedPortFailsTheRequestSayingSo() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> new Transport(
                URI.create("http://127.0.0.1:" + port + "/mcp"), null, Duration.ofSeconds(5))
                .post(REQUEST, Map.of(), "tools/list"));
        assertTrue(e.getMessage().startsWith("tools/list: POST http://127.0.0.1:" + port + "/mcp failed: "),
                e.getMessage());
    }
}
