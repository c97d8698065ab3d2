package dev.mcpee.internal.invoke;

import java.lang.invoke.MethodHandle;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import dev.mcpee.api.EmbeddedResource;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.ToolException;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Reads one resource or resource template: binds the template's variables to the method's parameters,
 * calls the method on the bean and writes the {@code resources/read} contents. Built once at deployment.
 */
public final class ResourceReader {

    private static final Logger LOG = Logger.getLogger(ResourceReader.class.getName());

    /** What the method returns. */
    public enum Kind {
        /** Text contents. */
        TEXT,
        /** Binary contents. */
        BLOB,
        /** One {@link EmbeddedResource}. */
        ONE,
        /** A list of {@link EmbeddedResource}. */
        MANY
    }

    /** Converts one variable's text to a parameter type. */
    public enum VariableType {
        /** {@code String}. */
        STRING,
        /** {@code long} or {@code Long}. */
        LONG,
        /** {@code int} or {@code Integer}. */
        INT
    }

    private final String source;
    private final BeanInstances instances;
    private final MethodHandle method;
    /** A template variable bound to a parameter, and how its text converts. */
    private record Variable(String name, VariableType type) {
    }

    /** One per parameter, in order; null where the method takes the call's context. */
    private final Variable[] slots;
    private final boolean takesContext;
    private final Kind kind;
    private final String mimeType;

    /**
     * Creates the reader.
     *
     * @param source    the method, for logs
     * @param instances where the bean instance comes from
     * @param method    the method, adapted to {@code (Object, Object[])Object}
     * @param variables    the variable bound to each parameter but the context, in parameter order
     * @param types        each of those parameters' conversion
     * @param contextIndex the position of the {@code McpContext} parameter, or -1
     * @param kind         what the method returns
     * @param mimeType     the declared MIME type, or null
     */
    public ResourceReader(String source, BeanInstances instances, MethodHandle method, List<String> variables,
                          List<VariableType> types, int contextIndex, Kind kind, String mimeType) {
        this.source = source;
        this.instances = instances;
        this.method = method;
        List<Variable> slots = new java.util.ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            slots.add(new Variable(variables.get(i), types.get(i)));
        }
        if (contextIndex >= 0) {
            slots.add(contextIndex, null);
        }
        this.slots = slots.toArray(Variable[]::new);
        this.takesContext = contextIndex >= 0;
        this.kind = kind;
        this.mimeType = mimeType;
    }

    /**
     * Whether the method takes the call's {@code McpContext}.
     *
     * @return true when it reports progress, logs, asks the client or watches for cancellation
     */
    public boolean takesContext() {
        return takesContext;
    }

    /**
     * Reads the resource.
     *
     * @param uri    the URI the client asked for
     * @param values  the template variables' values (empty for a fixed resource)
     * @param context the call's context, passed to a method that takes one
     * @return the {@code resources/read} result
     * @throws JsonRpcError {@code -32602} for a variable that does not convert or a {@link ToolException},
     *                      {@code -32603} for other failures
     */
    public JsonObject read(String uri, Map<String, String> values, McpContext context) {
        Object[] arguments = new Object[slots.length];
        for (int i = 0; i < slots.length; i++) {
            Variable v = slots[i];
            arguments[i] = v == null ? context : convert(v.name(), values.get(v.name()), v.type());
        }
        return BeanCall.call(instances, method, arguments, returned -> contents(uri, returned),
                "Invalid resource URI", LOG, "Resource " + source + " for " + uri, "Reading the resource failed");
    }

    private static Object convert(String name, String value, VariableType type) {
        try {
            return switch (type) {
                case STRING -> value;
                case LONG -> Long.parseLong(value);
                case INT -> Integer.parseInt(value);
            };
        } catch (NumberFormatException e) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "The URI's '" + name + "' must be a whole number");
        }
    }

    private JsonObject contents(String uri, Object returned) {
        if (returned == null) {
            throw new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "The resource produced no contents");
        }
        JsonArrayBuilder contents = Json.array();
        switch (kind) {
            case TEXT -> contents.add(item(uri, mimeType, (String) returned, null));
            case BLOB -> contents.add(item(uri, mimeType, null, Base64.getEncoder().encodeToString((byte[]) returned)));
            case ONE -> contents.add(item((EmbeddedResource) returned));
            default -> ((List<?>) returned).forEach(r -> contents.add(item((EmbeddedResource) r)));
        }
        return Json.object().add("contents", contents).build();
    }

    private static JsonObject item(EmbeddedResource r) {
        return item(r.uri(), r.mimeType(), r.text(), r.blob());
    }

    private static JsonObject item(String uri, String mimeType, String text, String blob) {
        JsonObjectBuilder b = Json.object().add("uri", uri);
        if (mimeType != null) {
            b.add("mimeType", mimeType);
        }
        if (text != null) {
            b.add("text", text);
        } else {
            b.add("blob", blob);
        }
        return b.build();
    }
}
