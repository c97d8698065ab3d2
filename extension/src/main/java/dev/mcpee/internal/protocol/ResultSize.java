package dev.mcpee.internal.protocol;

import java.util.logging.Logger;

import dev.mcpee.internal.invoke.ResultMapper;
import dev.mcpee.internal.jsonrpc.SerializedObject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Holds a tool result to {@code mcp.tools.max-result-chars}: the characters of its text items, Base64 data,
 * embedded resources and structured content. A larger result would be buffered whole in the server and sent to a
 * model that cannot use it; the client gets an error result naming the limit instead, and the server log says
 * which tool returned how much.
 */
final class ResultSize {

    private static final Logger LOG = Logger.getLogger(ResultSize.class.getName());

    private ResultSize() {
    }

    /**
     * The result, or an error result when it is too large.
     *
     * @param tool   the tool's name
     * @param result what the tool returned, mapped
     * @param max    the limit in characters
     * @return the result to send
     */
    static JsonObject bounded(String tool, JsonObject result, int max) {
        long size = size(result);
        if (size <= max) {
            return result;
        }
        LOG.warning(() -> "mcp-ee: tool " + tool + " returned a result of " + size + " characters, more than"
                + " mcp.tools.max-result-chars (" + max + "); the client got an error result instead");
        return ResultMapper.textResult("The result of " + tool + " is larger than this server sends (" + max
                + " characters, mcp.tools.max-result-chars); ask for less, e.g. a page or a filter.", true);
    }

    private static long size(JsonObject result) {
        long size = 0;
        if (result.get("content") instanceof JsonArray content) {
            for (JsonValue item : content) {
                if (item instanceof JsonObject o) {
                    size += length(o, "text") + length(o, "data");
                    if (o.get("resource") instanceof JsonObject resource) {
                        size += length(resource, "text") + length(resource, "blob");
                    }
                }
            }
        }
        JsonValue structured = result.get("structuredContent");
        if (structured instanceof SerializedObject s) {
            size += s.text().length();
        } else if (structured != null) {
            size += structured.toString().length();
        }
        return size;
    }

    private static long length(JsonObject item, String key) {
        return item.get(key) instanceof JsonString s ? s.getString().length() : 0;
    }
}
