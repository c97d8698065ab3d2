package dev.mcpee.api;

import java.util.Base64;
import java.util.Objects;

/**
 * Audio content ({@code {"type":"audio","data":<base64>,"mimeType":...}}).
 *
 * <pre>{@code return AudioContent.of(wavBytes, "audio/wav");}</pre>
 *
 * @param data     the audio bytes, base64-encoded; not null
 * @param mimeType the audio type, such as {@code audio/wav}; not null
 */
public record AudioContent(String data, String mimeType) implements Content {

    /**
     * Checks the fields.
     *
     * @param data     the audio bytes, base64-encoded; not null
     * @param mimeType the audio type; not null
     */
    public AudioContent {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    /**
     * Encodes raw audio bytes.
     *
     * @param bytes    the audio
     * @param mimeType the audio type, such as {@code audio/wav}
     * @return the content
     */
    public static AudioContent of(byte[] bytes, String mimeType) {
        return new AudioContent(Base64.getEncoder().encodeToString(bytes), mimeType);
    }
}
