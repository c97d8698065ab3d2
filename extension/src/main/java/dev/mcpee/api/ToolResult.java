package dev.mcpee.api;

import java.util.List;
import java.util.Objects;

/**
 * A complete tool result, for tools that need several content items, structured content of their own
 * choosing, or to report a failure without throwing.
 *
 * <pre>{@code
 * return ToolResult.of(new TextContent("Booked"), new ResourceLink("vetassist://appointments/42", "Appointment 42", null, null));
 * return ToolResult.error("The clinic is closed on Sundays; pick another date");
 * }</pre>
 *
 * <p>{@code structuredContent}, when not null, is serialized with JSON-B and must serialize to a JSON
 * object. A method returning {@code ToolResult} publishes no {@code outputSchema}.
 *
 * @param content           the content items; not null, may be empty
 * @param structuredContent an object serialized as the result's {@code structuredContent}, or null
 * @param isError           whether the result reports a failure of the tool
 */
public record ToolResult(List<Content> content, Object structuredContent, boolean isError) {

    /**
     * Copies the content list.
     *
     * @param content           the content items; not null
     * @param structuredContent the structured content, or null
     * @param isError           whether the result reports a failure
     */
    public ToolResult {
        content = List.copyOf(Objects.requireNonNull(content, "content"));
    }

    /**
     * A successful result of the given items.
     *
     * @param content the items
     * @return the result
     */
    public static ToolResult of(Content... content) {
        return new ToolResult(List.of(content), null, false);
    }

    /**
     * A failed result with one text item the caller (a model) can read.
     *
     * @param message what went wrong and, ideally, what to do instead
     * @return the result
     */
    public static ToolResult error(String message) {
        return new ToolResult(List.of(new TextContent(message)), null, true);
    }
}
