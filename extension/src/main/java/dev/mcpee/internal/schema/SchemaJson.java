package dev.mcpee.internal.schema;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Map;

/**
 * The single JSON-P provider and builder factory used by this package.
 *
 * <p>Looking up a {@link JsonProvider} goes through the service loader, which is slow, so it is done
 * once per class loader. Both objects are immutable and thread-safe.
 */
final class SchemaJson {

    /** The JSON-P provider found on the class path. */
    static final JsonProvider PROVIDER = JsonProvider.provider();

    /** Builder factory for every object and array this package creates. */
    static final JsonBuilderFactory FACTORY = PROVIDER.createBuilderFactory(Map.of());

    private SchemaJson() {
    }

    /** Returns {@code {"$ref": "#/$defs/<key>"}}. */
    static JsonObject ref(String defKey) {
        return FACTORY.createObjectBuilder().add("$ref", "#/$defs/" + defKey).build();
    }

    /** Returns a copy of {@code schema} with {@code key} set to {@code value} (replacing any old value). */
    static JsonObject with(JsonObject schema, String key, JsonValue value) {
        return FACTORY.createObjectBuilder(schema).add(key, value).build();
    }
}
