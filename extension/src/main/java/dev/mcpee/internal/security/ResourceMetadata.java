package dev.mcpee.internal.security;

import java.util.Collection;
import java.util.TreeSet;

import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** RFC 9728 Protected Resource Metadata of the MCP endpoint, built once at deployment. */
public final class ResourceMetadata {

    private ResourceMetadata() {
    }

    /**
     * Builds the document.
     *
     * @param settings   the authorization settings
     * @param toolScopes every scope some tool requires
     * @param name       a human-readable name, or null
     * @return the metadata
     */
    public static JsonObject build(AuthSettings settings, Collection<String> toolScopes, String name) {
        TreeSet<String> scopes = new TreeSet<>(toolScopes);
        scopes.addAll(settings.extraScopes());
        JsonArrayBuilder servers = Json.array();
        settings.authorizationServers().forEach(servers::add);
        JsonArrayBuilder supported = Json.array();
        scopes.forEach(supported::add);
        JsonObjectBuilder b = Json.object()
                .add("resource", settings.resource().toString())
                .add("authorization_servers", servers)
                .add("scopes_supported", supported)
                .add("bearer_methods_supported", Json.array().add("header"));
        if (name != null) {
            b.add("resource_name", name);
        }
        return b.build();
    }
}
