package dev.mcpee.sample.orgadmin.changes;

import java.util.logging.Level;
import java.util.logging.Logger;

import dev.mcpee.api.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

/**
 * One log line per change made to the organization, saying who asked for it: the caller's issuer and subject
 * and the client they used, which the organization itself cannot know (it sees only the server's M2M
 * application). A JSON object on the logger {@code dev.mcpee.sample.orgadmin.changes}, so a log pipeline can
 * parse it. Argument values are not logged (passwords, secrets); the target names the object changed.
 */
@ApplicationScoped
public class ChangeLog {

    static final Logger LOG = Logger.getLogger(ChangeLog.class.getPackageName());

    @Inject
    Caller caller;

    /**
     * Records a change that was made.
     *
     * @param tool   the tool that made it
     * @param target what was changed, e.g. {@code application 3f2c... (Pet Portal)}
     */
    public void done(String tool, String target) {
        write(Level.INFO, tool, target, "done");
    }

    /**
     * Records a change that was not made.
     *
     * @param tool    the tool
     * @param target  what would have changed
     * @param outcome why not: {@code declined}, {@code failed: ...}
     */
    public void notDone(String tool, String target, String outcome) {
        write(Level.WARNING, tool, target, outcome);
    }

    private void write(Level level, String tool, String target, String outcome) {
        if (!LOG.isLoggable(level)) {
            return;
        }
        String client = caller.claim("azp").or(() -> caller.claim("client_id")).orElse("");
        LOG.log(level, Json.createObjectBuilder().add("event", "organization-change").add("tool", tool)
                .add("target", target).add("outcome", outcome).add("issuer", java.util.Objects.toString(caller.issuer(), ""))
                .add("subject", java.util.Objects.toString(caller.subject(), "")).add("client", client).build().toString());
    }
}
