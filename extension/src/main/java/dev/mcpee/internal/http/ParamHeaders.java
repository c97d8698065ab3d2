package dev.mcpee.internal.http;

import java.math.BigDecimal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The {@code Mcp-Param-*} headers of a 2026-07-28 {@code tools/call} (SEP-2243): for every argument the tool's
 * schema marks {@code x-mcp-header}, a value in the body must come with its header, equal to it (strings
 * exactly, integers by value, booleans as {@code true} / {@code false}), or the request is refused with
 * {@code -32020}. An argument not in the body needs no header.
 */
final class ParamHeaders {

    private ParamHeaders() {
    }

    /**
     * Checks the headers against the arguments.
     *
     * @param headers     the request's headers
     * @param params      the call's params
     * @param inputSchema the tool's input schema
     */
    static void check(StreamableHttp.Headers headers, JsonObject params, JsonObject inputSchema) {
        if (!(inputSchema.get("properties") instanceof JsonObject properties)) {
            return;
        }
        JsonObject arguments = params.get("arguments") instanceof JsonObject a ? a : JsonValue.EMPTY_JSON_OBJECT;
        properties.forEach((name, schema) -> {
            if (schema instanceof JsonObject s && s.get("x-mcp-header") instanceof JsonString header) {
                JsonValue body = arguments.get(name);
                if (body == null || body == JsonValue.NULL) {
                    return;
                }
                String headerName = "Mcp-Param-" + header.getString();
                String value = StandardHeaders.value(headers, headerName);
                if (value == null) {
                    throw StandardHeaders.mismatch("The " + headerName + " header is missing; arguments." + name
                            + " is in the body");
                }
                if (!matches(value, body)) {
                    throw StandardHeaders.mismatch("The " + headerName + " header does not match arguments." + name);
                }
            }
        });
    }

    private static boolean matches(String header, JsonValue body) {
        return switch (body.getValueType()) {
            case STRING -> header.equals(((JsonString) body).getString());
            case TRUE -> header.equals("true");
            case FALSE -> header.equals("false");
            case NUMBER -> {
                try {
                    yield new BigDecimal(header).compareTo(((JsonNumber) body).bigDecimalValue()) == 0;
                } catch (NumberFormatException e) {
                    yield false;
                }
            }
            default -> false;
        };
    }
}
