package dev.mcpee.internal.protocol;

import dev.mcpee.internal.security.AccessRule;

/**
 * A request resolved once: what the transport needs to know before dispatching it, and what runs it.
 *
 * @param decision     whether the caller may make it
 * @param takesContext whether it runs a method taking the call's {@code McpContext} (a tool, prompt or
 *                     resource whose progress, log messages and requests to the client stream while it runs)
 * @param async        whether it runs a tool that completes asynchronously
 * @param handler      runs it, bound to the resolved target where there is one; null for an unknown method
 * @param resolved     whether the method and its target (tool, prompt, resource, completion reference) exist:
 *                     only then may observers report them by name, since callers choose unknown names freely
 */
public record Plan(AccessRule.Decision decision, boolean takesContext, boolean async, RequestHandler handler,
                   boolean resolved) {

    /**
     * A plan of an existing method and target.
     *
     * @param decision     whether the caller may make it
     * @param takesContext whether it runs a method taking the call's {@code McpContext}
     * @param async        whether it runs a tool that completes asynchronously
     * @param handler      runs it
     */
    public Plan(AccessRule.Decision decision, boolean takesContext, boolean async, RequestHandler handler) {
        this(decision, takesContext, async, handler, true);
    }
}
