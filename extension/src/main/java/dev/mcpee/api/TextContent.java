package dev.mcpee.api;

import java.util.Objects;

/**
 * Text content ({@code {"type":"text","text":...}}).
 *
 * @param text the text; not null
 */
public record TextContent(String text) implements Content {

    /**
     * Checks the text.
     *
     * @param text the text; not null
     */
    public TextContent {
        Objects.requireNonNull(text, "text");
    }
}
