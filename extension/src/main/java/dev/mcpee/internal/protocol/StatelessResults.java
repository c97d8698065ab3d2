package dev.mcpee.internal.protocol;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What every 2026-07-28 result carries besides its content: {@code resultType}, the server's identity in
 * {@code _meta}, and, on the results a client may cache ({@code server/discover}, the lists,
 * {@code resources/read}), {@code ttlMs} and {@code cacheScope}. The scope is {@code private} whenever tokens are
 * verified, because lists are filtered by who calls; {@code public} only for an anonymous server.
 */
final class StatelessResults {

    private static final Set<String> CACHEABLE = Set.of("server/discover", "tools/list", "prompts/list",
            "resources/list", "resources/templates/list", "resources/read");

    private final ServerDescription server;
    private final long ttlMs;
    private final String cacheScope;

    StatelessResults(ServerDescription server, Duration ttl, boolean perCaller) {
        this.server = server;
        this.ttlMs = ttl.toMillis();
        this.cacheScope = perCaller ? "private" : "public";
    }

    /**
     * A handled method's result in the shape the revision requires.
     *
     * @param method the method
     * @param result what the handler returned
     * @return the result with {@code resultType}, server identity and, where cacheable, the caching hints
     */
    JsonObject complete(String method, JsonObject result) {
        JsonObjectBuilder out = Json.withMeta(result, RequestMeta.SERVER_INFO, server.serverInfo());
        if (!result.containsKey("resultType")) {
            out.add("resultType", "complete");
        }
        // An input_required result is not cacheable: it carries no hints.
        if (CACHEABLE.contains(method) && !"input_required".equals(result.getString("resultType", "complete"))) {
            // A resource's own cacheTtl (see withTtl) wins over mcp.cache.ttl.
            if (!result.containsKey("ttlMs")) {
                out.add("ttlMs", ttlMs);
            }
            out.add("cacheScope", cacheScope);
        }
        return out.build();
    }

    /**
     * A read of a resource with its own {@code cacheTtl}: the result carries that {@code ttlMs}.
     *
     * @param read the read
     * @param ttl  the resource's TTL, or null for the server's
     * @return the read, the same when ttl is null
     */
    static RequestHandler withTtl(RequestHandler read, Duration ttl) {
        if (ttl == null) {
            return read;
        }
        return (params, context) -> read.handle(params, context)
                .thenApply(result -> Json.copy(result).add("ttlMs", ttl.toMillis()).build());
    }

    /**
     * {@code server/discover}: the revisions served, the capabilities a 2026 client gets, and the instructions.
     *
     * @param params  the params (only {@code _meta}, already checked)
     * @param context the call's context
     * @return the result, before {@link #complete} adds what every result carries
     */
    CompletionStage<JsonObject> discover(JsonObject params, CallContext context) {
        var versions = Json.array();
        ProtocolVersions.ALL.forEach(versions::add);
        JsonObjectBuilder result = Json.object()
                .add("supportedVersions", versions)
                .add("capabilities", server.capabilities(true));
        if (server.instructions() != null) {
            result.add("instructions", server.instructions());
        }
        return CompletableFuture.completedFuture(result.build());
    }
}
