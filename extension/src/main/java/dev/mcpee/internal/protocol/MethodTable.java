package dev.mcpee.internal.protocol;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.mcpee.internal.security.AccessRule;

/**
 * The methods one family of revisions has: the handler of each, and, made once, the plans of those that
 * target nothing protected (a targeted method is planned per request: its target decides access).
 */
final class MethodTable {

    /** Methods whose target (a tool, prompt, resource) is looked up and access-checked per request. */
    private static final Set<String> TARGETED = Set.of("tools/call", "prompts/get", "resources/read",
            "resources/subscribe", "completion/complete");

    /** The methods of session state, which 2026-07-28 removed. */
    private static final Set<String> REMOVED_IN_STATELESS = Set.of("ping", "logging/setLevel",
            "resources/subscribe", "resources/unsubscribe");

    private final Map<String, RequestHandler> handlers;
    private final Map<String, Plan> openPlans;

    MethodTable(Map<String, RequestHandler> handlers) {
        this.handlers = Map.copyOf(handlers);
        Map<String, Plan> open = new HashMap<>();
        this.handlers.forEach((method, handler) -> {
            if (!TARGETED.contains(method)) {
                open.put(method, new Plan(AccessRule.ALLOW, false, false, handler));
            }
        });
        this.openPlans = Map.copyOf(open);
    }

    /**
     * The table of 2026-07-28: these methods without the removed ones, with {@code server/discover}.
     *
     * @param discover the {@code server/discover} handler
     * @return the new table
     */
    MethodTable stateless(RequestHandler discover) {
        Map<String, RequestHandler> map = new HashMap<>(handlers);
        REMOVED_IN_STATELESS.forEach(map::remove);
        map.put("server/discover", discover);
        return new MethodTable(map);
    }

    /**
     * The plan of a method that targets nothing protected.
     *
     * @param method the method
     * @return the plan, or null for a targeted or unknown method
     */
    Plan open(String method) {
        return openPlans.get(method);
    }

    /**
     * A method's handler.
     *
     * @param method the method
     * @return the handler, or null when the revision has no such method
     */
    RequestHandler handler(String method) {
        return handlers.get(method);
    }
}
