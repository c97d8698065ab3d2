package dev.mcpee.sample.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback reverse proxy: to one server, or in turn to several without any affinity (each request goes to
 * the next, whatever session it names, as a load balancer without sticky sessions does); optionally adding a
 * bearer token to every request, so a client that sends none (the conformance suite) can exercise an endpoint
 * that requires one. Responses, event streams included, are relayed as they arrive. It counts the requests each
 * server got.
 */
public final class LoopbackProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "keep-alive",
            "transfer-encoding", "upgrade", "expect", "authorization");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<URI> targets;
    private final String token;
    private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicIntegerArray served;
    private final Set<InputStream> open = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Starts the proxy on a free loopback port.
     *
     * @param targets the origins requests go to in turn (scheme, host and port)
     * @param token   the bearer token to add, or null to pass the client's own
     * @throws IOException when no port can be bound
     */
    public LoopbackProxy(List<URI> targets, String token) throws IOException {
        this.targets = List.copyOf(targets);
        this.token = token;
        this.served = new java.util.concurrent.atomic.AtomicIntegerArray(targets.size());
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-proxy");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::relay);
        server.start();
    }

    /**
     * The proxy's origin.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * How many requests a server got.
     *
     * @param target the server's index in the list
     * @return the count
     */
    public int served(int target) {
        return served.get(target);
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange) {
            int index = Math.floorMod(next.getAndIncrement(), targets.size());
            served.incrementAndGet(index);
            URI target = targets.get(index);
            URI uri = target.resolve(exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(exchange.getRequestMethod(),
                    body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!HOP_BY_HOP.contains(lower) || token == null && "authorization".equals(lower)) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } catch (IOException down) {
                // A server that is gone answers as a balancer would: 502, and the client tries again.
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            boolean empty = response.statusCode() == 202 || response.statusCode() == 204;
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : 0);
            if (!empty) {
                InputStream upstream = response.body();
                open.add(upstream);
                try (InputStream in = upstream; OutputStream out = exchange.getResponseBody()) {
                    byte[] buffer = new byte[8192];
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                } finally {
                    open.remove(upstream);
                }
            } else {
                response.body().close();
            }
        }
    }

    /** Stops relaying; open event streams are cut, so the server sees its clients leave. */
    @Override
    public void close() {
        server.stop(0);
        for (InputStream in : open) {
            try {
                in.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }
}
