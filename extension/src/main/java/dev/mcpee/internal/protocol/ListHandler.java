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
import dev.mcpee.internal.security.Listing;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A paginated list method ({@code tools/list}, {@code prompts/list}), showing each caller what it may use. The
 * cursor is an opaque token for the place in the name-ordered catalog where the next page starts (the next item
 * the caller sees), so a page is found without filtering the items before it; a cursor this server did not
 * issue is an invalid-params error.
 */
public final class ListHandler<T extends Listable> implements RequestHandler {

    private final String key;
    private final String cursorPrefix;
    private final Catalog<T> registry;
    private final int pageSize;
    private final Listing listing;

    /**
     * Creates the handler.
     *
     * @param key      the result's array member ({@code tools}, {@code prompts}), also the cursor's prefix
     * @param registry the items
     * @param pageSize items per page
     * @param listing  which items a caller sees
     */
    public ListHandler(String key, Catalog<T> registry, int pageSize, Listing listing) {
        this.key = key;
        this.cursorPrefix = key + ":";
        this.registry = registry;
        this.pageSize = pageSize;
        this.listing = listing;
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext context) {
        List<T> items = registry.deployed();
        int index = index(params.get("cursor"));
        if (index > items.size()) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Invalid cursor");
        }
        // From the cursor's place in the catalog: a page costs its own items (and the hidden ones between
        // them), not the whole catalog.
        JsonArrayBuilder page = Json.array();
        int listed = 0;
        int i = index;
        for (; i < items.size(); i++) {
            T item = items.get(i);
            if (shown(item, context)) {
                if (listed == pageSize) {
                    break;
                }
                page.add(item.descriptor());
                listed++;
            }
        }
        JsonObjectBuilder result = Json.object().add(key, page);
        if (i < items.size()) {
            result.add("nextCursor", encode(i));
        }
        return CompletableFuture.completedFuture(result.build());
    }

    private boolean shown(T item, CallContext context) {
        if (!registry.enabled(item.name())) {
            return false;
        }
        return switch (listing) {
            case ALL -> true;
            case CALLABLE -> AccessRule.visible(item.security(), context.caller());
            case REACHABLE -> AccessRule.reachable(item.security(), context.caller());
        };
    }

    private int index(JsonValue cursor) {
        if (cursor == null || cursor == JsonValue.NULL) {
            return 0;
        }
        if (cursor instanceof JsonString s) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(s.getString()), StandardCharsets.UTF_8);
                if (decoded.startsWith(cursorPrefix)) {
                    int index = Integer.parseInt(decoded.substring(cursorPrefix.length()));
                    if (index >= 0) {
                        return index;
                    }
                }
            } catch (IllegalArgumentException e) {
                // falls through to the error below (NumberFormatException is an IllegalArgumentException)
            }
        }
        throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Invalid cursor");
    }

    private String encode(int index) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((cursorPrefix + index).getBytes(StandardCharsets.UTF_8));
    }
}
