package dev.mcpee.sample.it;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpFeatures;
import dev.mcpee.api.McpNotifier;
import dev.mcpee.api.McpPrompt;
import dev.mcpee.api.McpResource;
import dev.mcpee.api.McpTool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Test-only tools, a prompt and a resource deployed by {@link AsyncToolIT}: slow, asynchronous, cancellable,
 * reporting progress through {@link McpContext}.
 */
@ApplicationScoped
public class SlowTools {

    @Inject
    McpFeatures features;

    @Inject
    McpNotifier notifier;

    @McpTool(description = "Tells subscribers a resource changed (tests the server-to-client stream)")
    public String touch(String uri) {
        notifier.resourceUpdated(uri);
        return "touched " + uri;
    }

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

    @McpPrompt(description = "Three steps of 100 ms, each reported as progress, then a log message")
    public String slowBriefing(McpContext call, String pet) throws InterruptedException {
        for (int i = 1; i <= 3; i++) {
            Thread.sleep(100);
            call.progress(i, 3.0, "briefing step " + i);
        }
        call.log(McpContext.Level.INFO, "briefing", "briefing on " + pet + " ready");
        return "Brief me on " + pet;
    }

    @McpResource(uri = "test://countdown/{from}", mimeType = "text/plain",
            description = "Counts down from a number, 100 ms a step, until cancelled")
    public String countdown(int from, McpContext call) throws InterruptedException {
        int i = from;
        while (i > 0 && !call.cancelled()) {
            call.progress(from - i + 1, (double) from, null);
            Thread.sleep(100);
            i--;
        }
        return call.cancelled() ? "cancelled at " + i : "liftoff from " + from;
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
