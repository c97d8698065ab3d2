package dev.mcpee.api;

import java.util.Base64;
import java.util.Objects;

/**
 * A resource embedded in a tool result ({@code {"type":"resource","resource":{"uri":...,...}}}), holding
 * either text or binary contents.
 *
 * <pre>{@code
 * return EmbeddedResource.text("vetassist://pets/7/record", "text/markdown", markdown);
 * }</pre>
 *
 * @param uri      the resource URI; not null
 * @param mimeType the MIME type, or null when unknown
 * @param text     the text contents, or null for a binary resource
 * @param blob     the binary contents, base64-encoded, or null for a text resource
 */
public record EmbeddedResource(String uri, String mimeType, String text, String blob) implements Content {

    /**
     * Checks that exactly one of {@code text} and {@code blob} is set.
     *
     * @param uri      the resource URI; not null
     * @param mimeType the MIME type, or null
     * @param text     the text contents, or null
     * @param blob     the base64 contents, or null
     */
    public EmbeddedResource {
        Objects.requireNonNull(uri, "uri");
        if ((text == null) == (blob == null)) {
            throw new IllegalArgumentException("An embedded resource has either text or blob contents");
        }
    }

    /**
     * A text resource.
     *
     * @param uri      the resource URI
     * @param mimeType the MIME type, or null
     * @param text     the contents
     * @return the content
     */
    public static EmbeddedResource text(String uri, String mimeType, String text) {
        return new EmbeddedResource(uri, mimeType, text, null);
    }

    /**
     * A binary resource.
     *
     * @param uri      the resource URI
     * @param mimeType the MIME type, or null
     * @param bytes    the contents, encoded here as base64
     * @return the content
     */
    public static EmbeddedResource blob(String uri, String mimeType, byte[] bytes) {
        return new EmbeddedResource(uri, mimeType, null, Base64.getEncoder().encodeToString(bytes));
    }
}
