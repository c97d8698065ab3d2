package dev.mcpee.internal.transport;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.mcpee.api.McpContext;
import dev.mcpee.internal.protocol.ClientChannel;
import dev.mcpee.internal.session.Session;
import jakarta.json.JsonObject;

/**
 * A call's way to its client under a 2025 session: messages go to the call's event stream, the client's
 * capabilities and log level are the session's, and the client's responses come back through the session.
 */
public final class SessionChannel implements ClientChannel {

    private final Session session;
    private final Consumer<JsonObject> stream;

    /**
     * Creates the channel.
     *
     * @param session the session
     * @param stream  the call's event stream; may drop messages when the client is gone
     */
    public SessionChannel(Session session, Consumer<JsonObject> stream) {
        this.session = session;
        this.stream = stream;
    }

    @Override
    public JsonObject clientCapabilities() {
        return session.clientCapabilities();
    }

    @Override
    public McpContext.Level logLevel() {
        return session.logLevel();
    }

    @Override
    public void send(JsonObject message) {
        stream.accept(message);
    }

    @Override
    public String openRequest(CompletableFuture<JsonObject> response) {
        return session.requests().open(response);
    }
}
