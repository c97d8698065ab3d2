package dev.mcpee.internal.session;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The other instances serving this application's sessions, when the session store is shared: what one instance
 * receives but another must act on travels to them. With sessions in one JVM there are none, and nothing travels.
 */
public interface Peers {

    /** No other instance. */
    Peers NONE = new Peers() {
    };

    /**
     * A client's response that no request of this instance awaits: a call on another instance may.
     *
     * @param sessionId the session
     * @param message   the response message
     */
    default void answer(String sessionId, JsonObject message) {
    }

    /**
     * A client cancelled a call that does not run on this instance.
     *
     * @param sessionId the session
     * @param requestId the call's request id
     */
    default void cancel(String sessionId, JsonValue requestId) {
    }

    /**
     * A notification for the sessions whose streams other instances hold.
     *
     * @param message the notification
     * @param uri     the resource it is about (only its subscribers get it), or null for every session
     */
    default void notify(JsonObject message, String uri) {
    }

    /**
     * A tool, prompt or resource was switched off or on: the other instances switch it too.
     *
     * @param list    {@code tools}, {@code prompts} or {@code resources}
     * @param name    its name or URI
     * @param enabled whether it is on
     */
    default void switched(String list, String name, boolean enabled) {
    }

    /**
     * What this instance does when another instance's notification or switch arrives.
     *
     * @param local the handling on this instance alone
     */
    default void receive(Local local) {
    }

    /** The handling of another instance's news on this instance alone (not passed on again). */
    interface Local {

        /**
         * Delivers a notification to this instance's sessions.
         *
         * @param message the notification
         * @param uri     the resource, or null for every session
         */
        void notifyLocally(JsonObject message, String uri);

        /**
         * Switches an item here.
         *
         * @param list    {@code tools}, {@code prompts} or {@code resources}
         * @param name    its name or URI
         * @param enabled whether it is on
         */
        void switchLocally(String list, String name, boolean enabled);
    }
}
