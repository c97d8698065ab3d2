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
     * Cancels a running call; an unknown or finished id is ignored.
     *
     * @param requestId the id the notification names
     */
    public void cancel(JsonValue requestId) {
        Runnable cancel = running.get(requestId.toString());
        if (cancel != null) {
            cancel.run();
        }
    }
}
