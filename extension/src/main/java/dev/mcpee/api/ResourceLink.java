package dev.mcpee.api;

import java.util.Objects;

/**
 * A link to a resource the client may read later ({@code {"type":"resource_link","uri":...,"name":...}}).
 *
 * <pre>{@code return new ResourceLink("vetassist://pets/7", "Rex", "Profile of Rex", "application/json");}</pre>
 *
 * @param uri         the resource URI; not null
 * @param name        the resource name; not null
 * @param description what the resource is, or null
 * @param mimeType    the MIME type, or null
 */
public record ResourceLink(String uri, String name, String description, String mimeType) implements Content {

    /**
     * Checks the required fields.
     *
     * @param uri         the resource URI; not null
     * @param name        the resource name; not null
     * @param description what the resource is, or null
     * @param mimeType    the MIME type, or null
     */
    public ResourceLink {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
    }
}
