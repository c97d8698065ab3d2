package dev.mcpee.internal.invoke;

import dev.mcpee.api.AudioContent;
import dev.mcpee.api.Content;
import dev.mcpee.api.EmbeddedResource;
import dev.mcpee.api.ImageContent;
import dev.mcpee.api.PromptMessage;
import dev.mcpee.api.ResourceLink;
import dev.mcpee.api.TextContent;
import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Writes the API's content types in the MCP wire form. */
public final class ContentJson {

    private ContentJson() {
    }

    /**
     * A prompt or sampling message: {@code {role, content}}.
     *
     * @param message the message
     * @return its JSON
     */
    public static JsonObject message(PromptMessage message) {
        return Json.object().add("role", message.role() == PromptMessage.Role.USER ? "user" : "assistant")
                .add("content", of(message.content())).build();
    }

    /**
     * A text content item.
     *
     * @param text the text
     * @return {@code {"type":"text","text":...}}
     */
    public static JsonObject text(String text) {
        return Json.object().add("type", "text").add("text", text).build();
    }

    /**
     * Any content item.
     *
     * @param content the item
     * @return its MCP JSON form
     */
    public static JsonObject of(Content content) {
        // Java 17 has no pattern matching for switch; the sealed hierarchy keeps this list complete.
        if (content instanceof TextContent t) {
            return text(t.text());
        }
        if (content instanceof ImageContent i) {
            return Json.object().add("type", "image").add("data", i.data()).add("mimeType", i.mimeType()).build();
        }
        if (content instanceof AudioContent a) {
            return Json.object().add("type", "audio").add("data", a.data()).add("mimeType", a.mimeType()).build();
        }
        if (content instanceof EmbeddedResource r) {
            JsonObjectBuilder resource = Json.object().add("uri", r.uri());
            optional(resource, "mimeType", r.mimeType());
            optional(resource, "text", r.text());
            optional(resource, "blob", r.blob());
            return Json.object().add("type", "resource").add("resource", resource).build();
        }
        ResourceLink l = (ResourceLink) content;
        JsonObjectBuilder link = Json.object().add("type", "resource_link").add("uri", l.uri()).add("name", l.name());
        optional(link, "description", l.description());
        optional(link, "mimeType", l.mimeType());
        return link.build();
    }

    private static void optional(JsonObjectBuilder b, String key, String value) {
        if (value != null) {
            b.add(key, value);
        }
    }
}
