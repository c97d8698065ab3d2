package dev.mcpee.internal.cdi;

import dev.mcpee.internal.cluster.SharedSessionStore;
import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.problem.ConfigMessages;
import dev.mcpee.internal.problem.Problems;
import dev.mcpee.internal.session.InMemorySessionStore;
import dev.mcpee.internal.session.SessionStore;

/**
 * Opens the deployment's session store: in memory, or shared through JCache when {@code mcp.session.store=jcache}
 * (a store that cannot be opened is a deployment problem, not a failure of the first request).
 */
final class SessionStores {

    private SessionStores() {
    }

    /**
     * Opens the store.
     *
     * @param config   the configuration
     * @param problems receives MCPEE115 when the shared store cannot be opened
     * @return the store, or null after a problem
     */
    static SessionStore open(McpConfig config, Problems problems) {
        if (!config.store().shared()) {
            return new InMemorySessionStore(config.sessionIdleTimeout(), config.maxSessions(),
                    config.maxSessionsPerOwner(), config.replayEvents(), System::nanoTime);
        }
        try {
            // The application's loader: the JCache API and provider come with the WAR (or the server).
            return SharedSessionStore.open(config, Thread.currentThread().getContextClassLoader());
        } catch (LinkageError e) {
            problems.add(ConfigMessages.storeUnavailable("mcp.session.store", "the JCache API is not visible ("
                    + e.getMessage() + ")"));
        } catch (RuntimeException e) {
            problems.add(ConfigMessages.storeUnavailable("mcp.session.store", e.getClass().getSimpleName() + ": "
                    + e.getMessage()));
        }
        return null;
    }
}
