package dev.mcpee.sample.it;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tools that do nothing but answer, deployed by {@link TransportBenchmarkIT}: what they cost is the cost of the
 * transport paths (plain JSON, asynchronous, streamed with a progress event).
 */
@ApplicationScoped
public class BenchTools {

    @McpTool(description = "Returns its text")
    public String echo(String text) {
        return text;
    }

    @McpTool(description = "Returns its text after reporting one progress step; streams when the client accepts it")
    public String echoWithProgress(String text, McpContext call) {
        call.progress(1, 1.0, null);
        return text;
    }

    @McpTool(description = "Returns its text from another thread")
    public CompletionStage<String> echoAsync(String text) {
        return CompletableFuture.supplyAsync(() -> text);
    }
}
