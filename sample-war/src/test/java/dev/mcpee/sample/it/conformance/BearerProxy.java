package dev.mcpee.sample.it.conformance;

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
 * A loopback reverse proxy that adds a bearer token to every request, so a client that sends none (the
 * conformance suite) can exercise an endpoint that requires one. Responses, event streams included, are
 * relayed as they arrive.
 */
public final class BearerProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "keep-alive",
            "transfer-encoding", "upgrade", "expect", "authorization");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI target;
    private final String token;
    private final Set<InputStream> open = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Starts the proxy on a free loopback port.
     *
     * @param target the origin requests go to (scheme, host and port)
     * @param token  the bearer token to add
     * @throws IOException when no port can be bound
     */
    public BearerProxy(URI target, String token) throws IOException {
        this.target = target;
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bearer-proxy");
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

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = target.resolve(exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(exchange.getRequestMethod(),
                    body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            request.header("Authorization", "Bearer " + token);
            HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
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
