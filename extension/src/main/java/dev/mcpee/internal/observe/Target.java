package dev.mcpee.internal.observe;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * What a request names, as its params say (whether it exists is {@link Exchange#targetKnown()}).
 *
 * @param tool        the tool of a {@code tools/call}, or null
 * @param prompt      the prompt of a {@code prompts/get}, or null
 * @param resourceUri the resource of a {@code resources/read}, {@code subscribe} or {@code unsubscribe}, or null
 * @param reference   the prompt name or resource URI a {@code completion/complete} completes for, or null
 */
public record Target(String tool, String prompt, String resourceUri, String reference) {

    /** The longest method, id or name kept: callers choose them, and a report must not carry megabytes. */
    static final int MAX_TEXT = 256;

    /** A request naming nothing. */
    static final Target NONE = new Target(null, null, null, null);

    /**
     * Reads what a message names.
     *
     * @param method the method, or null
     * @param params its params
     * @return the target
     */
    static Target of(String method, JsonObject params) {
        if (method == null) {
            return NONE;
        }
        return switch (method) {
            case "tools/call" -> new Target(string(params, "name"), null, null, null);
            case "prompts/get" -> new Target(null, string(params, "name"), null, null);
            case "resources/read", "resources/subscribe", "resources/unsubscribe" ->
                    new Target(null, null, string(params, "uri"), null);
            case "completion/complete" -> params.get("ref") instanceof JsonObject ref
                    ? new Target(null, null, null, ref.containsKey("name") ? string(ref, "name") : string(ref, "uri"))
                    : NONE;
            default -> NONE;
        };
    }

    /**
     * The tool, prompt, resource or reference, whichever the request names.
     *
     * @return the name or URI, or null
     */
    public String name() {
        return tool != null ? tool : prompt != null ? prompt : resourceUri != null ? resourceUri : reference;
    }

    /**
     * Text a caller chose, cut to {@link #MAX_TEXT} characters.
     *
     * @param text the text, or null
     * @return the text, or its beginning and an ellipsis
     */
    static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
    }

    private static String string(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? cut(s.getString()) : null;
    }
}
