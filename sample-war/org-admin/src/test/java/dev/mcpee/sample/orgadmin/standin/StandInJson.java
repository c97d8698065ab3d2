package dev.mcpee.sample.orgadmin.standin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/** The few JSON-P operations the stand-in repeats: reading a text, merging defaults, filtering a list. */
final class StandInJson {

    private StandInJson() {
    }

    /** A string member, or {@code ""}. */
    static String text(JsonObject object, String name) {
        return object != null && object.get(name) instanceof JsonString s ? s.getString() : "";
    }

    /** An object member, or an empty object. */
    static JsonObject object(JsonObject object, String name) {
        return object != null && object.get(name) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** An array member, or an empty array. */
    static JsonArray array(JsonObject object, String name) {
        return object != null && object.get(name) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }

    /** {@code defaults} with every member of {@code given} put over it, objects merged one level deep. */
    static JsonObject merge(JsonObject defaults, JsonObject given) {
        JsonObjectBuilder merged = Json.createObjectBuilder(defaults);
        given.forEach((name, value) -> merged.add(name, value instanceof JsonObject o
                && defaults.get(name) instanceof JsonObject d ? merge(d, o) : value));
        return merged.build();
    }

    /** Only the named members of an object, those it has. */
    static JsonObject pick(JsonObject object, List<String> names) {
        JsonObjectBuilder picked = Json.createObjectBuilder();
        names.stream().filter(object::containsKey).forEach(n -> picked.add(n, object.get(n)));
        return picked.build();
    }

    /**
     * Whether an object matches a filter of WSO2's simple form {@code attribute op value}, op one of
     * {@code eq sw ew co}; a null or blank filter matches everything.
     *
     * @throws IllegalArgumentException when the filter has another form (the route answers 400)
     */
    static boolean matches(JsonObject object, String filter, List<String> attributes) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String[] parts = filter.strip().split("\\s+", 3);
        if (parts.length < 3 || !attributes.contains(parts[0])) {
            throw new IllegalArgumentException("Unsupported filter '" + filter + "': use one of "
                    + attributes + " with eq, sw, ew or co, e.g. '" + attributes.get(0) + " eq X'");
        }
        String actual = text(object, parts[0]);
        String wanted = parts[2];
        switch (parts[1].toLowerCase(java.util.Locale.ROOT)) {
            case "eq": return actual.equals(wanted);
            case "sw": return actual.startsWith(wanted);
            case "ew": return actual.endsWith(wanted);
            case "co": return actual.contains(wanted);
            default: throw new IllegalArgumentException("Unsupported filter operator '" + parts[1]
                    + "': use eq, sw, ew or co");
        }
    }
}
