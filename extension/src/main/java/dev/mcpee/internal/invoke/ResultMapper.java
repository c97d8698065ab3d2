package dev.mcpee.internal.invoke;

import java.util.List;

import dev.mcpee.api.Content;
import dev.mcpee.api.ToolResult;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.SerializedObject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;

/**
 * Turns what a tool method returned into a {@code tools/call} result. The kind is chosen once per tool
 * from its declared return type.
 */
public final class ResultMapper {

    /** What a tool's (unwrapped) return type produces. */
    public enum Kind {
        /** No content. */
        VOID,
        /** One text item: strings, numbers, booleans, enums, dates. */
        TEXT,
        /** One {@link Content} item. */
        CONTENT,
        /** A list of {@link Content} items. */
        CONTENT_LIST,
        /** A {@link ToolResult}, taken as it is. */
        TOOL_RESULT,
        /** An object: {@code structuredContent} plus a text copy. */
        STRUCTURED,
        /** A collection or array: {@code structuredContent} {@code {"result": ...}} plus a text copy. */
        STRUCTURED_WRAPPED
    }

    private static final JsonObject EMPTY = Json.object().add("content", JsonValue.EMPTY_JSON_ARRAY).build();

    private final Kind kind;
    private final Jsonb jsonb;

    /**
     * Creates the mapper.
     *
     * @param kind  what the tool returns
     * @param jsonb the JSON-B instance for structured results
     */
    public ResultMapper(Kind kind, Jsonb jsonb) {
        this.kind = kind;
        this.jsonb = jsonb;
    }

    /**
     * The kind of result.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Maps a returned value.
     *
     * @param value what the method returned (may be null)
     * @return the {@code tools/call} result object
     */
    public JsonObject map(Object value) {
        if (value == null) {
            if (kind == Kind.STRUCTURED || kind == Kind.STRUCTURED_WRAPPED) {
                // The published outputSchema promises structuredContent; null cannot keep that promise.
                throw new IllegalStateException("the tool returned null although it declares an output schema");
            }
            return EMPTY;
        }
        switch (kind) {
            case VOID:
                return EMPTY;
            case TEXT:
                return textResult(value instanceof Enum<?> e ? e.name() : value.toString(), false);
            case CONTENT:
                return Json.object().add("content", Json.array().add(ContentJson.of((Content) value))).build();
            case CONTENT_LIST:
                return contentResult((List<?>) value, null, false);
            case TOOL_RESULT:
                ToolResult r = (ToolResult) value;
                return contentResult(r.content(), r.structuredContent() == null ? null
                        : structuredObject(r.structuredContent()), r.isError());
            case STRUCTURED:
                String json = jsonb.toJson(value);
                return structured(serialized(json, value), json);
            case STRUCTURED_WRAPPED:
                String wrapped = "{\"result\":" + jsonb.toJson(value) + "}";
                return structured(new SerializedObject(wrapped), wrapped);
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    /**
     * A result carrying one text item.
     *
     * @param text    the text
     * @param isError whether it reports a failure
     * @return the result object
     */
    public static JsonObject textResult(String text, boolean isError) {
        JsonObjectBuilder b = Json.object().add("content", Json.array().add(ContentJson.text(text)));
        if (isError) {
            b.add("isError", true);
        }
        return b.build();
    }

    private JsonObject structuredObject(Object value) {
        return serialized(jsonb.toJson(value), value);
    }

    private static JsonObject serialized(String json, Object value) {
        try {
            return new SerializedObject(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("structuredContent of " + value.getClass().getName()
                    + " is not a JSON object");
        }
    }

    /**
     * A structured result: the object plus its JSON text as a text item, which keeps clients that ignore
     * {@code structuredContent} working (MCP 2025-06-18 recommends it). Both are JSON-B's one output: the
     * object is written into the response as that text, not parsed and written again.
     */
    private static JsonObject structured(JsonObject structured, String text) {
        return Json.object().add("content", Json.array().add(ContentJson.text(text)))
                .add("structuredContent", structured).build();
    }

    private static JsonObject contentResult(List<?> items, JsonObject structured, boolean isError) {
        JsonArrayBuilder content = Json.array();
        for (Object item : items) {
            if (item == null) {
                throw new IllegalStateException("a content list holds null");
            }
            content.add(ContentJson.of((Content) item));
        }
        JsonObjectBuilder b = Json.object().add("content", content);
        if (structured != null) {
            b.add("structuredContent", structured);
        }
        if (isError) {
            b.add("isError", true);
        }
        return b.build();
    }
}
