package dev.mcpee.test;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads the parts of a result a test asserts on, whatever method it answers. */
final class ResultContent {

    private ResultContent() {
    }

    /**
     * The text of a result, items joined with a line break: the text items of {@code content} (tools/call), of
     * each message's {@code content} (prompts/get), and the {@code text} of each of {@code contents}
     * (resources/read).
     *
     * @param result the result, or null
     * @return the text, "" when there is none
     */
    static String text(JsonObject result) {
        List<String> texts = new ArrayList<>();
        if (result != null) {
            items(result.get("content")).forEach(c -> textOf(c, texts));
            items(result.get("messages")).forEach(m -> items(m.get("content")).forEach(c -> textOf(c, texts)));
            items(result.get("contents")).forEach(c -> textOf(c, texts));
        }
        return String.join("\n", texts);
    }

    /**
     * What a list result lists: the {@code name} of tools, prompts, resources and templates, and the {@code uri}
     * of resources and {@code uriTemplate} of templates.
     *
     * @param result the result, or null
     * @return the names and URIs, in order
     */
    static List<String> names(JsonObject result) {
        List<String> names = new ArrayList<>();
        if (result != null) {
            for (String list : List.of("tools", "prompts", "resources", "resourceTemplates")) {
                for (JsonObject entry : items(result.get(list))) {
                    for (String key : List.of("name", "uri", "uriTemplate")) {
                        if (entry.get(key) instanceof JsonString s) {
                            names.add(s.getString());
                        }
                    }
                }
            }
        }
        return names;
    }

    /** The objects of an array, or the object itself (a prompt message's single content). */
    private static List<JsonObject> items(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
        }
        return value instanceof JsonObject object ? List.of(object) : List.of();
    }

    private static void textOf(JsonObject item, List<String> into) {
        boolean textItem = !item.containsKey("type") || "text".equals(item.getString("type", ""));
        if (textItem && item.get("text") instanceof JsonString s) {
            into.add(s.getString());
        }
    }
}
