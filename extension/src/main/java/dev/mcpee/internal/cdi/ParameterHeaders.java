package dev.mcpee.internal.cdi;

import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.problem.Problems;
import dev.mcpee.internal.problem.SignatureMessages;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * {@code @McpArg(header = ...)}: the arguments a 2026-07-28 client also sends as {@code Mcp-Param-*} headers
 * (SEP-2243), checked at deployment and marked {@code x-mcp-header} in the tool's input schema, where the
 * transport reads them back to compare the headers with the body.
 */
final class ParameterHeaders {

    /** An HTTP token (RFC 9110 tchar). */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Set<Type> TYPES = Set.of(String.class, int.class, Integer.class, long.class, Long.class,
            boolean.class, Boolean.class);

    private ParameterHeaders() {
    }

    /**
     * Checks one argument's header.
     *
     * @param header    the name after {@code Mcp-Param-}
     * @param valueType the argument's type, without {@code Optional}
     * @param position  the parameter, for the problem
     * @param taken     the tool's headers so far, by argument
     * @param problems  receives the problem
     */
    static void check(String header, Type valueType, String position, Map<String, String> taken, Problems problems) {
        if (!TOKEN.matcher(header).matches()) {
            problems.add(SignatureMessages.badParameterHeader(position, header, "is not an HTTP token"));
        } else if (taken.values().stream().anyMatch(h -> h.toLowerCase(Locale.ROOT)
                .equals(header.toLowerCase(Locale.ROOT)))) {
            problems.add(SignatureMessages.badParameterHeader(position, header, "is used twice in the tool"));
        } else if (!TYPES.contains(valueType)) {
            problems.add(SignatureMessages.badParameterHeader(position, header, "is on a " + valueType.getTypeName()
                    + " argument, and a header carries only a string, an integer or a boolean"));
        }
    }

    /**
     * The input schema with each header argument's property marked {@code x-mcp-header}.
     *
     * @param inputSchema the generated schema
     * @param headers     header name by argument name
     * @return the schema
     */
    static JsonObject mark(JsonObject inputSchema, Map<String, String> headers) {
        if (headers.isEmpty()) {
            return inputSchema;
        }
        JsonObjectBuilder properties = Json.object();
        inputSchema.getJsonObject("properties").forEach((name, schema) -> {
            String header = headers.get(name);
            if (header == null) {
                properties.add(name, schema);
            } else {
                properties.add(name, Json.copy(schema.asJsonObject()).add("x-mcp-header", header));
            }
        });
        return Json.copy(inputSchema).add("properties", properties).build();
    }
}
