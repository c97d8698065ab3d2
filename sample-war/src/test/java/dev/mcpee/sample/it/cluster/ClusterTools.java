package dev.mcpee.sample.it.cluster;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Tools for the two-instance tests: one that asks the user (its answer may reach the other instance), and one
 * that reports progress for a while (the instance running it can be killed mid-stream).
 */
@ApplicationScoped
public class ClusterTools {

    private static final JsonObject NAME_FORM = Json.createObjectBuilder().add("type", "object")
            .add("properties", Json.createObjectBuilder().add("name", Json.createObjectBuilder().add("type", "string")))
            .add("required", Json.createArrayBuilder().add("name")).build();

    /**
     * Asks the user's name, then greets.
     *
     * @param call the call
     * @return the greeting
     */
    @McpTool(name = "ask_name", description = "Asks the user's name, then greets")
    public String askName(McpContext call) {
        JsonObject answer = call.elicit("name", "What is your name?", NAME_FORM).toCompletableFuture().join();
        return "Hello, " + answer.getJsonObject("content").getString("name");
    }

    /**
     * Reports progress {@code steps} times, a step every {@code millis}.
     *
     * @param steps  how many
     * @param millis how long each takes
     * @param call   the call
     * @return "done"
     * @throws InterruptedException when stopped
     */
    @McpTool(name = "slow_steps", description = "Reports progress a number of times, then says done")
    public String slowSteps(int steps, int millis, McpContext call) throws InterruptedException {
        for (int i = 1; i <= steps && !call.cancelled(); i++) {
            Thread.sleep(millis);
            call.progress(i, (double) steps, "step " + i);
        }
        return "done";
    }
}
