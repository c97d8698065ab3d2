package dev.mcpee.api;

import java.util.List;
import java.util.Objects;

/**
 * A prompt's messages with a description of this particular rendering.
 *
 * <pre>{@code return new PromptResult("Visit preparation for Rex", List.of(PromptMessage.user("...")));}</pre>
 *
 * @param description what the rendered prompt is, or null
 * @param messages    the messages; not null
 */
public record PromptResult(String description, List<PromptMessage> messages) {

    /**
     * Copies the messages.
     *
     * @param description what the rendered prompt is, or null
     * @param messages    the messages; not null
     */
    public PromptResult {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    }
}
