package dev.mcpee.internal.model;

import dev.mcpee.internal.invoke.ResourceReader;
import dev.mcpee.internal.invoke.UriTemplate;
import dev.mcpee.internal.jsonrpc.SerializedObject;
import dev.mcpee.internal.security.ToolSecurity;
import jakarta.json.JsonObject;

/**
 * One deployed resource or resource template, built once at deployment. Resources are known by their URI
 * (templates by the template), which is what {@link #name()} returns for listing and lookup.
 *
 * @param uri        the URI, or the template
 * @param template   the compiled template, or null for a fixed resource
 * @param descriptor the entry in {@code resources/list} or {@code resources/templates/list}
 * @param security   who may read it
 * @param reader     how to read it
 * @param source     the declaring method, for logs
 */
public record ResourceDefinition(String uri, UriTemplate template, JsonObject descriptor, ToolSecurity security,
                                 ResourceReader reader, String source, java.time.Duration cacheTtl)
        implements Listable {

    /** The descriptor is serialized once, here: every list writes its text. */
    public ResourceDefinition {
        descriptor = SerializedObject.of(descriptor);
    }

    @Override
    public String name() {
        return uri;
    }
}
