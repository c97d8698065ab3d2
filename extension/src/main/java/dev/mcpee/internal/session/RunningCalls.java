package dev.mcpee.internal.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonValue;

/** The session's calls that can be cancelled while they run ({@code notifications/cancelled}). */
public final class RunningCalls {

    private final Map<String, Runnable> running = new ConcurrentHashMap<>();

    /**
     * Registers a call.
     *
     * @param requestId the request's id
     * @param cancel    what cancelling it does
     */
    public void started(JsonValue requestId, Runnable cancel) {
        running.put(requestId.toString(), cancel);
    }

    /**
     * Unregisters a finished call.
     *
     * @param requestId the request's id
     */
    public void ended(JsonValue requestId) {
        running.remove(requestId.toString());
    }

    /**
     * Cancels a running call.
     *
     * @param requestId the id the notification names
     * @return false when no call of this instance has the id (another instance's, finished, or unknown)
     */
    public boolean cancel(JsonValue requestId) {
        Runnable cancel = running.get(requestId.toString());
        if (cancel != null) {
            cancel.run();
            return true;
        }
        return false;
    }
}
