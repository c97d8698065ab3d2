package dev.mcpee.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.model.Listable;
import dev.mcpee.internal.model.Catalog;
import dev.mcpee.internal.security.AccessRule;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A paginated list method ({@code tools/list}, {@code prompts/list}), showing each caller what it may use. The cursor is an opaque token for the offset into the
 * name-ordered list; a cursor this server did not issue is an invalid-params error.
 */
public final class ListHandler<T extends Listable> implements RequestHandler {

    private final String key;
    private final String cursorPrefix;
    private final Catalog<T> registry;
    private final int pageSize;
    private final boolean listAll;

    /**
     * Creates the handler.
     *
     * @param key      the result's array member ({@code tools}, {@code prompts}), also the cursor's prefix
     * @param registry the items
     * @param pageSize items per page
     * @param listAll  whether callers see items they may not use
     */
    public ListHandler(String key, Catalog<T> registry, int pageSize, boolean listAll) {
        this.key = key;
        this.cursorPrefix = key + ":";
        this.registry = registry;
        this.pageSize = pageSize;
        this.listAll = listAll;
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext context) {
        int offset = offset(params.get("cursor"));
        List<T> tools = listAll ? registry.all() : registry.all().stream()
                .filter(t -> AccessRule.visible(t.security(), context.caller())).toList();
        if (offset > tools.size()) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Invalid cursor");
        }
        int end = Math.min(tools.size(), offset + pageSize);
        JsonArrayBuilder page = Json.array();
        for (int i = offset; i < end; i++) {
            page.add(tools.get(i).descriptor());
        }
        JsonObjectBuilder result = Json.object().add(key, page);
        if (end < tools.size()) {
            result.add("nextCursor", encode(end));
        }
        return CompletableFuture.completedFuture(result.build());
    }

    private int offset(JsonValue cursor) {
        if (cursor == null || cursor == JsonValue.NULL) {
            return 0;
        }
        if (cursor instanceof JsonString s) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(s.getString()), StandardCharsets.UTF_8);
                if (decoded.startsWith(cursorPrefix)) {
                    int offset = Integer.parseInt(decoded.substring(cursorPrefix.length()));
                    if (offset >= 0) {
                        return offset;
                    }
                }
            } catch (IllegalArgumentException e) {
                // falls through to the error below (NumberFormatException is an IllegalArgumentException)
            }
        }
        throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Invalid cursor");
    }

    private String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((cursorPrefix + offset).getBytes(StandardCharsets.UTF_8));
    }
}
