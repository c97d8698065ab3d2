package dev.mcpee.sample.it;

import java.lang.management.ManagementFactory;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Tools that misbehave, for {@link FaultsIT}, and one that reports the server's thread count. */
@ApplicationScoped
public class FaultTools {

    /**
     * Returns far more text than the server sends.
     *
     * @return two million characters
     */
    @McpTool(description = "Returns two million characters")
    public String flood() {
        return "x".repeat(2_000_000);
    }

    /**
     * Fails with a message that must not reach the client.
     *
     * @return never
     */
    @McpTool(description = "Throws")
    public String boom() {
        throw new IllegalStateException("secret internal detail");
    }

    /**
     * Asks the client something and waits for the answer, which in the test never comes.
     *
     * @param call the call's context
     * @return what the client answered
     */
    @McpTool(description = "Elicits and waits")
    public String ask(McpContext call) {
        JsonObject schema = Json.createObjectBuilder().add("type", "object").add("properties",
                Json.createObjectBuilder().add("ok", Json.createObjectBuilder().add("type", "boolean"))).build();
        return call.elicit("Proceed?", schema).toCompletableFuture().join().toString();
    }

    /**
     * Answers after 1.5 seconds (within FaultsIT's PT2S tool timeout), off the request thread, so many calls can
     * be running at once whatever the size of the server's thread pool.
     *
     * @return done, later
     */
    @McpTool(description = "Answers after 1.5 seconds")
    public java.util.concurrent.CompletionStage<String> slowly() {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> "done", java.util.concurrent.CompletableFuture
                .delayedExecutor(1500, java.util.concurrent.TimeUnit.MILLISECONDS));
    }

    /**
     * The server's live thread count, so a test can see that faults leave none behind.
     *
     * @return the count
     */
    @McpTool(description = "Live threads of the server")
    public int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }
}
