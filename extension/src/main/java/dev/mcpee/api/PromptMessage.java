package dev.mcpee.api;

import java.util.Objects;

/**
 * One message of a prompt: who says it and what.
 *
 * <pre>{@code
 * PromptMessage.user("Summarize the latest visit of Rex");
 * new PromptMessage(PromptMessage.Role.USER, ImageContent.of(xray, "image/png"));
 * }</pre>
 *
 * @param role    who speaks
 * @param content what is said: text, image, audio or an embedded resource
 */
public record PromptMessage(Role role, Content content) {

    /** The speaker of a prompt message. */
    public enum Role {
        /** The user. */
        USER,
        /** The assistant (a model's earlier turn). */
        ASSISTANT
    }

    /**
     * Checks the fields; prompt messages cannot carry resource links (MCP allows text, image, audio and
     * embedded resources).
     *
     * @param role    who speaks; not null
     * @param content what is said; not null
     */
    public PromptMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        if (content instanceof ResourceLink) {
            throw new IllegalArgumentException("A prompt message cannot hold a resource link; embed the resource");
        }
    }

    /**
     * A text message from the user.
     *
     * @param text the text
     * @return the message
     */
    public static PromptMessage user(String text) {
        return new PromptMessage(Role.USER, new TextContent(text));
    }

    /**
     * A text message from the assistant.
     *
     * @param text the text
     * @return the message
     */
    public static PromptMessage assistant(String text) {
        return new PromptMessage(Role.ASSISTANT, new TextContent(text));
    }
}
