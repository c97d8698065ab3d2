package dev.mcpee.internal.cdi;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.security.ToolSecurity;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The scopes an item needs, in its list entry: {@code _meta.securitySchemes}, an array with one OAuth 2 scheme
 * naming the scopes (the shape OpenAI's Apps SDK and other servers use for per-tool authorization). With the
 * default listing a caller also sees what it could call with more scopes; this tells it which to ask for. Roles
 * are never named: a client cannot ask for them.
 */
final class ScopeMeta {

    private ScopeMeta() {
    }

    /**
     * Adds {@code _meta} to a list entry when the item needs scopes.
     *
     * @param entry    the list entry being built
     * @param security the item's access rule
     * @return the entry
     */
    static JsonObjectBuilder add(JsonObjectBuilder entry, ToolSecurity security) {
        if (security == null || security.scopes().isEmpty() || security.denyAll()) {
            return entry;
        }
        JsonArrayBuilder scopes = Json.array();
        security.scopes().forEach(scopes::add);
        return entry.add("_meta", Json.object().add("securitySchemes",
                Json.array().add(Json.object().add("type", "oauth2").add("scopes", scopes))));
    }
}
