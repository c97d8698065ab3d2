package dev.mcpee.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.model.ToolDefinition;
import dev.mcpee.internal.model.ToolRegistry;
import dev.mcpee.internal.security.AccessRule;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * {@code tools/list} with cursor pagination, showing each caller the tools it may call. The cursor is an opaque token for the offset into the
 * name-ordered list; a cursor this server did not issue is an invalid-params error.
 */
public final class ToolsListHandler implements RequestHandler {

    private static final String CURSOR_PREFIX = "tools:";

    private final ToolRegistry registry;
    private final int pageSize;
    private final boolean listAll;

    /**
     * Creates the handler.
     *
     * @param registry the tools
     * @param pageSize tools per page
     * @param listAll  whether callers see tools they may not call
     */
    public ToolsListHandler(ToolRegistry registry, int pageSize, boolean listAll) {
        this.registry = registry;
        this.pageSize = pageSize;
        this.listAll = listAll;
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext context) {
        int offset = offset(params.get("cursor"));
        List<ToolDefinition> tools = listAll ? registry.all() : registry.all().stream()
                .filter(t -> AccessRule.visible(t.security(), context.caller())).toList();
        if (offset > tools.size()) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Invalid cursor");
        }
        int end = Math.min(tools.size(), offset + pageSize);
        JsonArrayBuilder page = Json.array();
        for (int i = offset; i < end; i++) {
            page.add(tools.get(i).descriptor());
        }
        JsonObjectBuilder result = Json.object().add("tools", page);
        if (end < tools.size()) {
            result.add("nextCursor", encode(end));
        }
        return CompletableFuture.completedFuture(result.build());
    }

    private static int offset(JsonValue cursor) {
        if (cursor == null || cursor == JsonValue.NULL) {
            return 0;
        }
        if (cursor instanceof JsonString s) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(s.getString()), StandardCharsets.UTF_8);
                if (decoded.startsWith(CURSOR_PREFIX)) {
                    int offset = Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
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

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }
}
