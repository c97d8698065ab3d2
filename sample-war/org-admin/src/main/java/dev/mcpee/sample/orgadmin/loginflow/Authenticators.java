package dev.mcpee.sample.orgadmin.loginflow;

import static dev.mcpee.sample.orgadmin.management.JsonFields.array;
import static dev.mcpee.sample.orgadmin.management.JsonFields.flag;
import static dev.mcpee.sample.orgadmin.management.JsonFields.objects;
import static dev.mcpee.sample.orgadmin.management.JsonFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.mcpee.api.ToolException;
import dev.mcpee.sample.orgadmin.management.Operation;
import dev.mcpee.sample.orgadmin.management.Organization;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * The authenticators an organization has enabled, local ones and those of its connections, and the check of a
 * login flow against them: every option names one of them, and the first step identifies the user.
 */
final class Authenticators {

    /** Second factors only: they cannot tell who the user is, so they cannot be the first step. */
    static final Set<String> SECOND_FACTORS = Set.of("totp", "backup-code-authenticator");

    /** The most steps and options per step a flow may have. */
    static final int MAX = 5;

    /**
     * The most connections whose authenticators are read for one flow: each is a Management API call, and a
     * flow that needs a connection beyond these cannot be planned in one go anyway.
     */
    static final int MAX_CONNECTIONS = 20;

    /** A local authenticator, e.g. {@code BasicAuthenticator}. */
    private record Local(String name, String displayName) {
    }

    /**
     * A connection (e.g. Google) and the names of its enabled authenticators, its default first: a step names
     * the connection as {@code idp} and one of these as {@code authenticator}.
     */
    private record Connection(String name, String displayName, List<String> authenticators) {
    }

    private final List<Local> locals = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();

    /**
     * The organization's enabled authenticators.
     *
     * @param all                      {@code GET /authenticators}
     * @param connectionAuthenticators {@code GET /identity-providers/{id}/federated-authenticators} by the
     *                                 connection's id
     */
    Authenticators(JsonArray all, Function<String, JsonObject> connectionAuthenticators) {
        for (JsonObject a : objects(all)) {
            if (a.containsKey("isEnabled") && !flag(a, "isEnabled")) {
                continue;
            }
            if ("LOCAL".equals(text(a, "type"))) {
                locals.add(new Local(text(a, "name"), text(a, "displayName")));
            } else if (connections.size() < MAX_CONNECTIONS) {
                List<String> names = enabledNames(connectionAuthenticators.apply(text(a, "id")));
                if (!names.isEmpty()) {
                    connections.add(new Connection(text(a, "name"), text(a, "displayName"), names));
                }
            }
        }
    }

    /**
     * Reads them from the organization.
     *
     * @param organization the organization
     * @return its enabled authenticators
     */
    static Authenticators of(Organization organization) {
        JsonArray all = organization.call(Operation.viewAuthenticators("list the organization's authenticators"),
                () -> organization.directory().authenticators());
        return new Authenticators(all, id -> organization.call(
                Operation.viewConnections("read the authenticators of a connection"),
                () -> organization.directory().federatedAuthenticators(id)));
    }

    // The default authenticator first: it is what an option naming only the connection gets.
    private static List<String> enabledNames(JsonObject connection) {
        String defaultId = text(connection, "defaultAuthenticatorId");
        List<String> names = new ArrayList<>();
        for (JsonObject a : objects(array(connection, "authenticators"))) {
            if (!a.containsKey("isEnabled") || flag(a, "isEnabled")) {
                names.add(defaultId.equals(text(a, "authenticatorId")) ? 0 : names.size(), text(a, "name"));
            }
        }
        return names;
    }

    /**
     * The list the client's model chooses from, one per line.
     *
     * @return the lines
     */
    String describe() {
        StringBuilder out = new StringBuilder();
        for (Local a : locals) {
            out.append("- idp \"LOCAL\", authenticator \"").append(a.name()).append("\": ").append(a.displayName())
                    .append(SECOND_FACTORS.contains(a.name()) ? " (second factor only)" : "").append('\n');
        }
        for (Connection c : connections) {
            for (String authenticator : c.authenticators()) {
                out.append("- idp \"").append(c.name()).append("\", authenticator \"").append(authenticator)
                        .append("\": ").append(c.displayName()).append(" (connection)\n");
            }
        }
        return out.toString();
    }

    /**
     * Checks a flow.
     *
     * @param steps the flow
     * @return the flow, trimmed, with a connection's default authenticator where an option names none
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
        if (o == null || o.idp() == null || o.idp().isBlank()) {
            throw new ToolException("Every option of step " + step + " needs idp (LOCAL or a connection's name)");
        }
        String idp = o.idp().strip();
        String name = o.authenticator() == null ? "" : o.authenticator().strip();
        if ("LOCAL".equalsIgnoreCase(idp)) {
            if (locals.stream().noneMatch(a -> a.name().equals(name))) {
                throw unknown(step, "authenticator '" + name + "'");
            }
            return new LoginOption("LOCAL", name);
        }
        Connection connection = connections.stream().filter(c -> c.name().equals(idp)).findFirst()
                .orElseThrow(() -> unknown(step, "connection '" + idp + "'"));
        if (name.isEmpty()) {
            return new LoginOption(idp, connection.authenticators().get(0));
        }
        if (!connection.authenticators().contains(name)) {
            throw unknown(step, "authenticator '" + name + "' on connection '" + idp + "'");
        }
        return new LoginOption(idp, name);
    }

    private ToolException unknown(int step, String what) {
        return new ToolException("Step " + step + ": the organization has no enabled " + what + ". Available:\n"
                + describe());
    }
}
