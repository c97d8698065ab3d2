package dev.mcpee.sample.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tools that do nothing but answer, so that what a call costs is what mcp-ee and the container cost: a text
 * echo, the same as a structured result, the same streamed with one progress event, and the same completed on
 * another thread. {@link CeilingServlet} answers the same calls with the least work a correct server can do.
 */
@ApplicationScoped
public class EchoTools {

    /** Where {@link #echoAsync} completes: a small pool of the application's own, as slow work would get. */
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    /**
     * A structured echo.
     *
     * @param text   the text
     * @param length its length
     * @param words  its words
     */
    public record Echoed(String text, int length, List<String> words) {
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** @return the pool the asynchronous echo completes on, shared with the ceiling's */
    ExecutorService pool() {
        return pool;
    }

    @McpTool(description = "Returns its text")
    public String echo(String text) {
        return text;
    }

    @McpTool(description = "Returns its text as a structured result")
    public Echoed echoStructured(String text) {
        return echoed(text);
    }

    @McpTool(description = "Returns its text after one progress event; streams when the client accepts it")
    public String echoWithProgress(String text, McpContext call) {
        call.progress(1, 1.0, null);
        return text;
    }

    @McpTool(description = "Returns its text from another thread")
    public CompletionStage<String> echoAsync(String text) {
        return CompletableFuture.supplyAsync(() -> text, pool);
    }

    static Echoed echoed(String text) {
        return new Echoed(text, text.length(), List.of(text.split(" ")));
    }
}
