package dev.mcpee.sample.it;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tools that do nothing but answer, deployed by {@link TransportBenchmarkIT}: what they cost is the cost of the
 * transport paths (plain JSON, asynchronous, streamed with a progress event).
 */
@ApplicationScoped
public class BenchTools {

    /** Where {@link #echoAsyncPool} completes: a pool of its own, as an application would give slow work. */
    private ExecutorService pool;

    @PostConstruct
    void start() {
        pool = Executors.newFixedThreadPool(4);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    @McpTool(description = "Returns its text")
    public String echo(String text) {
        return text;
    }

    @McpTool(description = "Returns its text after reporting one progress step; streams when the client accepts it")
    public String echoWithProgress(String text, McpContext call) {
        call.progress(1, 1.0, null);
        return text;
    }

    @McpTool(description = "Returns its text from the common fork-join pool (one thread on two cores)")
    public CompletionStage<String> echoAsync(String text) {
        return CompletableFuture.supplyAsync(() -> text);
    }

    @McpTool(description = "Returns its text from a pool of four threads")
    public CompletionStage<String> echoAsyncPool(String text) {
        return CompletableFuture.supplyAsync(() -> text, pool);
    }
}
