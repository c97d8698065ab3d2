package dev.mcpee.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.opentest4j.AssertionFailedError;

/**
 * The connection state one client and its views share: request ids and, under a 2025 revision, the session,
 * opened by the first request ({@code initialize}, then {@code notifications/initialized}) and ended with
 * {@code DELETE}. Under 2026-07-28 there is nothing to open.
 */
final class Session {

    /** How the client names itself in {@code clientInfo}. */
    static final JsonObject CLIENT_INFO = Json.createObjectBuilder().add("name", "mcp-ee-test").add("version", "1")
            .build();

    private final Transport transport;
    private final Revision revision;
    private final AtomicLong ids = new AtomicLong();
    private boolean open;
    private String id;
    private String version;

    Session(Transport transport, Revision revision) {
        this.transport = transport;
        this.revision = revision;
        this.version = revision.version();
    }

    /**
     * The next request id.
     *
     * @return a number not used before by this client
     */
    long nextId() {
        return ids.incrementAndGet();
    }

    /**
     * Opens the session unless it is open or the revision has none.
     *
     * @return null when requests can go ahead; otherwise the refusal (e.g. a 401 to {@code initialize}), which
     *         then answers the request that needed the session
     */
    synchronized McpResponse open() {
        if (open || revision.stateless()) {
            return null;
        }
        JsonObject initialize = Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", nextId())
                .add("method", "initialize").add("params", Json.createObjectBuilder()
                        .add("protocolVersion", revision.version()).add("capabilities", JsonObject.EMPTY_JSON_OBJECT)
                        .add("clientInfo", CLIENT_INFO)).build();
        Answer init = transport.post(initialize, Map.of("MCP-Protocol-Version", revision.version()), "initialize");
        if (init.status() != 200 || init.response() == null
                || !(init.response().get("result") instanceof JsonObject result)) {
            return new McpResponse("initialize", init);
        }
        id = init.header("Mcp-Session-Id");
        version = result.getString("protocolVersion", revision.version());
        JsonObject initialized = Json.createObjectBuilder().add("jsonrpc", "2.0")
                .add("method", "notifications/initialized").build();
        Answer done = transport.post(initialized, headers(), "notifications/initialized");
        if (done.status() / 100 != 2) {
            return new McpResponse("notifications/initialized", done);
        }
        open = true;
        return null;
    }

    /**
     * The headers of a request in the session: the negotiated revision and the session id.
     *
     * @return the headers
     */
    synchronized Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("MCP-Protocol-Version", version);
        if (id != null) {
            headers.put("Mcp-Session-Id", id);
        }
        return headers;
    }

    /**
     * The session id the server gave.
     *
     * @return the id, or null (no session yet, none given, or a stateless revision)
     */
    synchronized String id() {
        return id;
    }

    /**
     * Ends the session with {@code DELETE}, if there is one.
     *
     * @throws AssertionFailedError when the server answers other than 2xx, 404 (already gone) or 405 (the server
     *                              does not let clients end sessions)
     */
    synchronized void close() {
        if (id == null) {
            return;
        }
        Answer deleted = transport.delete(headers(), "DELETE (end of session)");
        id = null;
        open = false;
        int status = deleted.status();
        if (status / 100 != 2 && status != 404 && status != 405) {
            throw new AssertionFailedError("Ending the session: expected 204, but got " + deleted.describe());
        }
    }
}
