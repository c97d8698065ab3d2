package dev.mcpee.sample.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpee.sample.servers.ManagedServer;

/**
 * The benchmark's verifying client: {@code clients} threads, each with its own kept-alive connection (and, under
 * 2025-11-25, its own session, opened before the clock starts and ended after it), send one scenario's call
 * back to back until the time is up or the fresh tokens run out. Every answer is checked: a wrong status or
 * body, or a broken connection, counts as an error (never retried, never hidden). It measures calls, errors,
 * each call's latency, the elapsed time and the server process' CPU time over the same window.
 */
final class Load {

    /** The 2026-07-28 revision the stateless calls name. */
    static final String REVISION_2026 = "2026-07-28";
    private static final Pattern SESSION = Pattern.compile("(?i)^mcp-session-id$");

    /**
     * What one run measured.
     *
     * @param calls      answered right
     * @param errors     answered wrong, or not at all
     * @param firstError what the first error was, or null
     * @param latencies  each right call's latency, in nanoseconds, sorted
     * @param elapsed    the window, in nanoseconds
     * @param cpu        the server's CPU time in the window, in nanoseconds
     */
    record Run(int calls, int errors, String firstError, long[] latencies, long elapsed, long cpu) {

        double perSecond() {
            return calls * 1e9 / elapsed;
        }

        double cpuMicrosPerCall() {
            return calls == 0 ? Double.NaN : cpu / 1000.0 / calls;
        }
    }

    private Load() {
    }

    /**
     * Runs one scenario against one endpoint.
     *
     * @param endpoint  the endpoint URL (mcp-ee's or the ceiling's)
     * @param scenario  the scenario
     * @param stateless whether the calls are 2026-07-28 requests (else each client opens a 2025-11-25 session)
     * @param clients   how many clients
     * @param millis    how long
     * @param token     the token each client opens its session with and, for warm scenarios, calls with
     * @param fresh     for cold scenarios, the fresh token of each call (null when they have run out)
     * @param cursor    the cursor a list call sends, or null
     * @param server    the server, for its CPU time
     * @return what it measured
     * @throws Exception when a client cannot start
     */
    static Run run(URI endpoint, Scenario scenario, boolean stateless, int clients, long millis,
                   IntFunction<String> token, Supplier<String> fresh, String cursor, ManagedServer server)
            throws Exception {
        return run(List.of(endpoint), scenario, stateless, clients, millis, token, fresh, cursor, server);
    }

    /**
     * Runs one scenario against several instances of one endpoint, each client sending its calls to them in
     * turn (as a load balancer without affinity would), its session opened on the first.
     *
     * @param endpoints the instances' endpoint URLs
     * @return what it measured (the CPU of {@code server} only)
     */
    static Run run(List<URI> endpoints, Scenario scenario, boolean stateless, int clients, long millis,
                   IntFunction<String> token, Supplier<String> fresh, String cursor, ManagedServer server)
            throws Exception {
        URI endpoint = endpoints.get(0);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[] window = new long[2];
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String own = token.apply(c);
                results.add(pool.submit(() -> {
                    String session = stateless ? null : openSession(endpoint, own);
                    ready.countDown();
                    go.await();
                    try {
                        return client(endpoints, scenario, session, own, fresh, cursor, window, errors, firstError);
                    } finally {
                        if (session != null) {
                            send(endpoint, own, session, "DELETE", null, null);
                        }
                    }
                }));
            }
            if (!ready.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the clients did not open their sessions within 60 s");
            }
            long cpu0 = server.cpuNanos();
            window[0] = System.nanoTime();
            window[1] = window[0] + millis * 1_000_000L;
            go.countDown();
            List<long[]> all = new ArrayList<>();
            long end = window[0];
            for (Future<long[]> f : results) {
                long[] latencies = f.get(millis + 120_000, TimeUnit.MILLISECONDS);
                all.add(Arrays.copyOf(latencies, latencies.length - 1));
                end = Math.max(end, latencies[latencies.length - 1]);
            }
            long cpu = server.cpuNanos() - cpu0;
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Run(latencies.length, errors.get(), firstError.get(), latencies, end - window[0], cpu);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The latencies of the right calls, and last the time the client stopped. */
    private static long[] client(List<URI> endpoints, Scenario scenario, String session, String own, Supplier<String> fresh,
                                 String cursor, long[] window, AtomicInteger errors, AtomicReference<String> first) {
        long[] latencies = new long[1 << 14];
        int n = 0;
        for (int id = 2; System.nanoTime() < window[1]; id++) {
            String token = own;
            if (scenario.coldToken() != null) {
                token = fresh.get();
                if (token == null) {
                    break;
                }
            }
            long start = System.nanoTime();
            String problem;
            try {
                Answer answer = send(endpoints.get(id % endpoints.size()), token, session, "POST",
                        body(scenario, id, session == null, cursor),
                        scenario);
                problem = answer.status() != 200 ? "HTTP " + answer.status() + ": " + answer.body()
                        : scenario.right().test(answer.body()) ? null : "wrong answer: " + answer.body();
            } catch (IOException e) {
                problem = "connection failed: " + e;
            }
            long took = System.nanoTime() - start;
            if (problem != null) {
                errors.incrementAndGet();
                first.compareAndSet(null, problem.length() > 600 ? problem.substring(0, 600) + "..." : problem);
                continue;
            }
            if (n == latencies.length - 1) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[n++] = took;
        }
        latencies[n++] = System.nanoTime();
        return Arrays.copyOf(latencies, n);
    }

    /** The JSON-RPC request of a scenario's call. */
    static String body(Scenario scenario, int id, boolean stateless, String cursor) {
        StringBuilder meta = new StringBuilder();
        if (stateless) {
            meta.append("\"io.modelcontextprotocol/protocolVersion\":\"").append(REVISION_2026)
                    .append("\",\"io.modelcontextprotocol/clientCapabilities\":{}");
        }
        if (scenario.progress()) {
            meta.append(meta.isEmpty() ? "" : ",").append("\"progressToken\":7");
        }
        StringBuilder params = new StringBuilder("{");
        if (!meta.isEmpty()) {
            params.append("\"_meta\":{").append(meta).append('}');
        }
        if (scenario.tool() != null) {
            params.append(params.length() > 1 ? "," : "").append("\"name\":\"").append(scenario.tool()).append('"');
        }
        if (!scenario.params().isEmpty()) {
            params.append(params.length() > 1 ? "," : "").append(scenario.params());
        }
        if (cursor != null) {
            params.append(params.length() > 1 ? "," : "").append("\"cursor\":\"").append(cursor).append('"');
        }
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + scenario.method() + "\",\"params\":"
                + params.append('}') + "}";
    }

    /** An answer: status, body and session header. */
    record Answer(int status, String body, String session) {
    }

    /**
     * One request through {@code HttpURLConnection}: its keep-alive pool reuses one connection per thread, and
     * with {@code sun.net.http.retryPost=false} a POST on a broken connection fails instead of being resent.
     *
     * @param scenario the call's scenario (for the 2026 headers), or null for session set-up and DELETE
     */
    static Answer send(URI endpoint, String token, String session, String method, String body, Scenario scenario)
            throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("Accept", "application/json, text/event-stream");
        if (session != null) {
            headers.put("Mcp-Session-Id", session);
            headers.put("MCP-Protocol-Version", "2025-11-25");
        } else if (scenario != null) {
            headers.put("MCP-Protocol-Version", REVISION_2026);
            headers.put("Mcp-Method", scenario.method());
            if (scenario.tool() != null) {
                headers.put("Mcp-Name", scenario.tool());
            }
        }
        return send(endpoint, method, headers, body);
    }

    /**
     * One request with the given headers (set after the defaults above, so they may replace them).
     *
     * @param endpoint the endpoint
     * @param method   the HTTP method
     * @param headers  the request headers
     * @param body     the JSON body, or null
     * @return the answer
     * @throws IOException when the connection fails
     */
    static Answer send(URI endpoint, String method, Map<String, String> headers, String body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) endpoint.toURL().openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(10_000);
        c.setReadTimeout(60_000);
        headers.forEach(c::setRequestProperty);
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String id = c.getHeaderFields().entrySet().stream()
                    .filter(e -> e.getKey() != null && SESSION.matcher(e.getKey()).matches())
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
            return new Answer(status, text, id);
        }
    }

    /** Opens a 2025-11-25 session: initialize, then notifications/initialized. */
    static String openSession(URI endpoint, String token) throws IOException {
        Answer init = send(endpoint, token, null, "POST", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":"
                + "\"bench\",\"version\":\"1\"}}}", null);
        if (init.status() != 200 || init.session() == null) {
            throw new IllegalStateException("initialize at " + endpoint + " answered " + init.status() + ": "
                    + init.body());
        }
        Answer initialized = send(endpoint, token, init.session(), "POST",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", null);
        if (initialized.status() != 202) {
            throw new IllegalStateException("notifications/initialized answered " + initialized.status());
        }
        return init.session();
    }

    /**
     * The cursor of a list page, found by walking the pages from the first.
     *
     * @param endpoint  the endpoint
     * @param token     a token
     * @param stateless whether to ask as a 2026-07-28 request
     * @param page      the page (1 = the second)
     * @param scenario  the list scenario
     * @return the cursor
     * @throws IOException when a page cannot be read
     */
    static String cursor(URI endpoint, String token, boolean stateless, int page, Scenario scenario)
            throws IOException {
        String session = stateless ? null : openSession(endpoint, token);
        String cursor = null;
        Pattern next = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");
        for (int i = 0; i < page; i++) {
            Answer a = send(endpoint, token, session, "POST", body(scenario, 100 + i, stateless, cursor), scenario);
            Matcher m = next.matcher(a.body());
            if (!m.find()) {
                throw new IllegalStateException("no nextCursor on page " + i + " of " + endpoint + ": " + a.body());
            }
            cursor = m.group(1);
        }
        if (session != null) {
            send(endpoint, token, session, "DELETE", null, null);
        }
        return cursor;
    }
}
