package dev.mcpee.api;

/**
 * One item of a tool result's {@code content} list. A tool may return a single {@code Content}, a
 * {@code List<Content>}, or a {@link ToolResult} holding several.
 *
 * <pre>{@code
 * @McpTool(description = "X-ray of a pet")
 * public List<Content> xray(long petId) {
 *     return List.of(new TextContent("Latest X-ray"), ImageContent.of(bytes, "image/png"));
 * }
 * }</pre>
 */
public sealed interface Content permits TextContent, ImageContent, AudioContent, EmbeddedResource, ResourceLink {
}
