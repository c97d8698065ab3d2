package dev.mcpee.sample.orgadmin.loginflow;

import static dev.mcpee.sample.orgadmin.management.JsonFields.flag;
import static dev.mcpee.sample.orgadmin.management.JsonFields.objects;
import static dev.mcpee.sample.orgadmin.management.JsonFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.mcpee.api.ToolException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * The authenticators an organization has enabled, and the check of a login flow against them: every option
 * names one of them, and the first step identifies the user.
 */
final class Authenticators {

    /** Second factors only: they cannot tell who the user is, so they cannot be the first step. */
    static final Set<String> SECOND_FACTORS = Set.of("totp", "backup-code-authenticator");

    /** The most steps and options per step a flow may have. */
    static final int MAX = 5;

    private final List<JsonObject> enabled;

    Authenticators(JsonArray all) {
        this.enabled = objects(all).stream().filter(a -> !a.containsKey("isEnabled") || flag(a, "isEnabled"))
                .toList();
    }

    /**
     * The list the client's model chooses from, one per line.
     *
     * @return the lines
     */
    String describe() {
        StringBuilder out = new StringBuilder();
        for (JsonObject a : enabled) {
            boolean local = "LOCAL".equals(text(a, "type"));
            out.append("- ").append(local ? "idp \"LOCAL\", authenticator \"" + text(a, "name") + "\""
                            : "idp \"" + text(a, "name") + "\" (a connection; authenticator: its authenticator name)")
                    .append(": ").append(text(a, "displayName")).append(SECOND_FACTORS.contains(text(a, "name"))
                            ? " (second factor only)" : "").append('\n');
        }
        return out.toString();
    }

    /**
     * Checks a flow.
     *
     * @param steps the flow
     * @return the flow, trimmed
     * @throws ToolException naming the first problem
     */
    List<LoginStep> check(List<LoginStep> steps) {
        if (steps == null || steps.isEmpty() || steps.size() > MAX) {
            throw new ToolException("A login flow has 1 to " + MAX + " steps");
        }
        List<LoginStep> clean = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            LoginStep step = steps.get(i);
            if (step == null || step.options() == null || step.options().isEmpty() || step.options().size() > MAX) {
                throw new ToolException("Step " + (i + 1) + " needs 1 to " + MAX + " options");
            }
            List<LoginOption> options = new ArrayList<>();
            for (LoginOption o : step.options()) {
                options.add(known(i + 1, o));
            }
            if (i == 0 && options.stream().allMatch(o -> SECOND_FACTORS.contains(o.authenticator()))) {
                throw new ToolException("Step 1 must identify the user (e.g. BasicAuthenticator or a connection);"
                        + " " + options.get(0).authenticator() + " is a second factor");
            }
            clean.add(new LoginStep(List.copyOf(options)));
        }
        return List.copyOf(clean);
    }

    private LoginOption known(int step, LoginOption o) {
        if (o == null || o.idp() == null || o.authenticator() == null || o.authenticator().isBlank()) {
            throw new ToolException("Every option of step " + step + " needs idp and authenticator");
        }
        String idp = o.idp().strip();
        String name = o.authenticator().strip();
        boolean local = "LOCAL".equalsIgnoreCase(idp);
        boolean found = enabled.stream().anyMatch(a -> local
                ? "LOCAL".equals(text(a, "type")) && name.equals(text(a, "name"))
                : !"LOCAL".equals(text(a, "type")) && idp.equals(text(a, "name")));
        if (!found) {
            throw new ToolException("Step " + step + ": the organization has no enabled "
                    + (local ? "authenticator '" + name + "'" : "connection '" + idp + "'") + ". Available:\n"
                    + describe());
        }
        return new LoginOption(local ? "LOCAL" : idp, name);
    }
}
