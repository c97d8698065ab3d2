package dev.mcpee.sample.it;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpFeatures;
import dev.mcpee.api.McpTool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Test-only tools deployed by {@link AsyncToolIT}: one that never completes, one that completes late. */
@ApplicationScoped
public class SlowTools {

    @Inject
    McpFeatures features;

    @McpTool(description = "Switches a tool off or on (tests the list_changed notification)")
    public String toggleTool(String name, boolean enabled) {
        if (enabled) {
            features.enableTool(name);
        } else {
            features.disableTool(name);
        }
        return name + (enabled ? " on" : " off");
    }

    @McpTool(description = "Ten steps of 100 ms, each reported as progress")
    public String tenSteps(McpContext call) throws InterruptedException {
        for (int i = 1; i <= 10; i++) {
            Thread.sleep(100);
            call.progress(i, 10.0, "step " + i);
        }
        return "ten steps done";
    }

    @McpTool(description = "Never completes")
    public CompletionStage<String> never() {
        return new CompletableFuture<>();
    }

    @McpTool(description = "Counts until cancelled (at most 20 s), reporting each step")
    public String countUntilCancelled(McpContext call) throws InterruptedException {
        int i = 0;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!call.cancelled() && System.nanoTime() < end) {
            call.progress(++i, null, null);
            Thread.sleep(100);
        }
        return call.cancelled() ? "cancelled after " + i : "not cancelled";
    }

    @McpTool(description = "Completes after 300 ms, off the request thread")
    public CompletionStage<String> late(String text) {
        return CompletableFuture.supplyAsync(() -> "late " + text,
                CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
    }
}
