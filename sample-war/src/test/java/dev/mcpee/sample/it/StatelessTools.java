package dev.mcpee.sample.it;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;

/** Tools of {@link StatelessIT}: a question to the user, and a long call that notices its cancellation. */
@ApplicationScoped
public class StatelessTools {

    private final AtomicBoolean sawCancellation = new AtomicBoolean();

    /**
     * Asks the user's name.
     *
     * @param call the call's context
     * @return the greeting
     */
    @McpTool(description = "Greets the user by name")
    public String greet(McpContext call) {
        return "Hello, " + call.elicit("user_name", "What is your name?", Json.createObjectBuilder()
                .add("type", "object").add("properties", Json.createObjectBuilder().add("name",
                        Json.createObjectBuilder().add("type", "string"))).build()).toCompletableFuture().join()
                .getJsonObject("content").getString("name");
    }

    /**
     * Reports progress every 50 ms for up to 20 s, until cancelled.
     *
     * @param call the call's context
     * @return how it ended
     * @throws InterruptedException when the container stops
     */
    @McpTool(description = "Works until cancelled")
    public String slow(McpContext call) throws InterruptedException {
        for (int i = 1; i <= 400; i++) {
            if (call.cancelled()) {
                sawCancellation.set(true);
                return "cancelled";
            }
            call.progress(i, 400.0, "step " + i);
            Thread.sleep(50);
        }
        return "finished";
    }

    /**
     * Whether a {@link #slow} call saw its cancellation.
     *
     * @return true once one did
     */
    @McpTool(description = "Whether a slow call was cancelled")
    public boolean sawCancellation() {
        return sawCancellation.get();
    }
}
