package dev.mcpee.api;

import java.util.Base64;
import java.util.Objects;

/**
 * Image content ({@code {"type":"image","data":<base64>,"mimeType":...}}).
 *
 * <pre>{@code return ImageContent.of(Files.readAllBytes(path), "image/png");}</pre>
 *
 * @param data     the image bytes, base64-encoded; not null
 * @param mimeType the image type, such as {@code image/png}; not null
 */
public record ImageContent(String data, String mimeType) implements Content {

    /**
     * Checks the fields.
     *
     * @param data     the image bytes, base64-encoded; not null
     * @param mimeType the image type; not null
     */
    public ImageContent {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    /**
     * Encodes raw image bytes.
     *
     * @param bytes    the image
     * @param mimeType the image type, such as {@code image/png}
     * @return the content
     */
    public static ImageContent of(byte[] bytes, String mimeType) {
        return new ImageContent(Base64.getEncoder().encodeToString(bytes), mimeType);
    }
}
