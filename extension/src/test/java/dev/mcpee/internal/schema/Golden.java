package dev.mcpee.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Compares generated schemas with golden files in {@code src/test/resources/schema}, as parsed JSON
 * (key order and whitespace do not matter). Run with {@code -Dgolden.update=true} to rewrite the
 * files after a deliberate change, then review the diff.
 */
final class Golden {

    private Golden() {
    }

    /** Asserts that {@code actual} equals the parsed golden file {@code schema/<name>}. */
    static void assertMatches(String name, JsonObject actual) {
        if (Boolean.getBoolean("golden.update")) {
            write(name, actual);
            return;
        }
        assertEquals(read(name), actual, () -> "golden " + name + " differs; actual:\n" + pretty(actual));
    }

    /** Reads and parses a golden file. */
    static JsonObject read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/schema/" + name)) {
            if (in == null) {
                throw new AssertionError("missing golden file schema/" + name);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pretty-prints JSON. */
    static String pretty(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            w.write(value);
        }
        return out.toString().strip() + "\n";
    }

    private static void write(String name, JsonObject actual) {
        try {
            Path file = Path.of("src/test/resources/schema", name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pretty(actual), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
