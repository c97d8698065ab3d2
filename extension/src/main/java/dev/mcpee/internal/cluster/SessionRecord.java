package dev.mcpee.internal.cluster;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.mcpee.api.McpContext;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.session.Session;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What every instance knows of a session, as the JSON text kept in the shared {@code sessions} cache: its owner
 * and negotiated revision, and what the client declared and asked for since (initialized, log level,
 * capabilities, subscriptions). The one place this format is written and read.
 *
 * @param owner           issuer and subject of who created it
 * @param protocolVersion the negotiated revision
 * @param initialized     whether the client sent {@code notifications/initialized}
 * @param level           the log level the client asked for, or null
 * @param capabilities    what the client declared in {@code initialize}
 * @param subscriptions   the resources it subscribed to
 */
record SessionRecord(String owner, String protocolVersion, boolean initialized, McpContext.Level level,
                     JsonObject capabilities, Set<String> subscriptions) {

    /**
     * A new session's record.
     *
     * @param owner           its owner
     * @param protocolVersion its revision
     * @return the text
     */
    static String initial(String owner, String protocolVersion) {
        return text(owner, protocolVersion, false, null, JsonValue.EMPTY_JSON_OBJECT, Set.of());
    }

    /**
     * A session's record as it is now.
     *
     * @param session the session
     * @return the text
     */
    static String of(Session session) {
        return text(session.owner(), session.protocolVersion(), session.initialized(), session.logLevel(),
                session.clientCapabilities(), session.subscriptions());
    }

    private static String text(String owner, String version, boolean initialized, McpContext.Level level,
                               JsonObject capabilities, Set<String> subscriptions) {
        JsonArrayBuilder uris = Json.array();
        subscriptions.forEach(uris::add);
        JsonObjectBuilder b = Json.object().add("owner", owner).add("version", version)
                .add("initialized", initialized).add("capabilities", capabilities).add("subscriptions", uris);
        if (level != null) {
            b.add("level", level.name());
        }
        return new String(Json.bytes(b.build()), StandardCharsets.UTF_8);
    }

    /**
     * Reads a record.
     *
     * @param text the text
     * @return the record
     */
    static SessionRecord parse(String text) {
        JsonObject o = Json.parse(text).asJsonObject();
        String level = o.getString("level", null);
        Set<String> uris = new LinkedHashSet<>();
        o.getJsonArray("subscriptions").getValuesAs(JsonString.class).forEach(s -> uris.add(s.getString()));
        return new SessionRecord(o.getString("owner"), o.getString("version"), o.getBoolean("initialized"),
                level == null ? null : McpContext.Level.valueOf(level), o.getJsonObject("capabilities"), uris);
    }

    /**
     * Brings a session this instance holds up to date.
     *
     * @param session the session
     */
    void applyTo(Session session) {
        session.restore(initialized, level, capabilities, subscriptions);
    }
}
