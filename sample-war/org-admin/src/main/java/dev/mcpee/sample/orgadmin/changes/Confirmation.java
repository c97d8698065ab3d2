package dev.mcpee.sample.orgadmin.changes;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.ToolException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Asks the user, through the client (elicitation), to confirm a privileged change before it is made. A client
 * that cannot elicit is not asked: the caller's scopes already allow the change, and the confirmation is a
 * second look, not the permission. Under 2026-07-28 the question ends the call as {@code input_required} and the
 * tool runs again with the answer, so tools ask before they change anything.
 */
@ApplicationScoped
public class Confirmation {

    private static final JsonObject SCHEMA = Json.createObjectBuilder().add("type", "object")
            .add("properties", Json.createObjectBuilder().add("confirm", Json.createObjectBuilder()
                    .add("type", "boolean").add("title", "Make this change").add("default", false)))
            .add("required", Json.createArrayBuilder().add("confirm")).build();

    @Inject
    ChangeLog changes;

    /**
     * Asks for confirmation when the client can be asked.
     *
     * @param call   the call
     * @param tool   the tool, for the change log
     * @param target what would change, for the change log
     * @param change the change in words, shown to the user
     * @throws ToolException when the user declines or cancels: nothing was changed
     */
    public void confirm(McpContext call, String tool, String target, String change) {
        if (!call.canElicit()) {
            return;
        }
        JsonObject answer = call.elicit("confirm", change + "\n\nMake this change?", SCHEMA).toCompletableFuture()
                .join();
        String action = answer.getString("action", "cancel");
        JsonObject content = answer.getJsonObject("content");
        if (!"accept".equals(action) || content == null || !content.getBoolean("confirm", false)) {
            changes.notDone(tool, target, "declined");
            throw new ToolException("Nothing was changed: the change was not confirmed (" + action + ")");
        }
    }
}
