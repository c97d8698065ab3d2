package dev.mcpee.internal.invoke;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.PromptMessage;
import dev.mcpee.api.PromptResult;
import dev.mcpee.api.ToolException;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Renders one prompt: binds its string arguments, calls the method on the bean and writes the messages.
 * Built once at deployment. Unlike a tool's, a prompt's failures are JSON-RPC errors: bad arguments (or a
 * {@link ToolException} the author throws) are {@code -32602}, anything else {@code -32603} with a log
 * reference.
 */
public final class PromptInvoker {

    private static final Logger LOG = Logger.getLogger(PromptInvoker.class.getName());

    /** What the method returns. */
    public enum Kind {
        /** One user text message. */
        TEXT,
        /** One {@link PromptMessage}. */
        MESSAGE,
        /** A list of {@link PromptMessage}. */
        MESSAGES,
        /** A {@link PromptResult}. */
        RESULT
    }

    /**
     * One string argument.
     *
     * @param name         the argument name
     * @param required     whether the client must send it
     * @param defaultValue the value when absent, or null
     * @param optional     whether the parameter is an {@code Optional<String>}
     */
    public record Argument(String name, boolean required, String defaultValue, boolean optional) {
    }

    private final String promptName;
    private final BeanInstances instances;
    private final MethodHandle method;
    /** One per parameter, in order; null where the method takes the call's context. */
    private final Argument[] slots;
    private final boolean takesContext;
    private final Kind kind;

    /**
     * Creates the invoker.
     *
     * @param promptName the prompt's name, for logs
     * @param instances  where the bean instance comes from
     * @param method     the method, adapted to {@code (Object, Object[])Object}
     * @param arguments    one per parameter but the context, in parameter order
     * @param contextIndex the position of the {@code McpContext} parameter, or -1
     * @param kind         what the method returns
     */
    public PromptInvoker(String promptName, BeanInstances instances, MethodHandle method, List<Argument> arguments,
                         int contextIndex, Kind kind) {
        this.promptName = promptName;
        this.instances = instances;
        this.method = method;
        List<Argument> slots = new java.util.ArrayList<>(arguments);
        if (contextIndex >= 0) {
            slots.add(contextIndex, null);
        }
        this.slots = slots.toArray(Argument[]::new);
        this.takesContext = contextIndex >= 0;
        this.kind = kind;
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
     * Renders the prompt.
     *
     * @param supplied the {@code arguments} of {@code prompts/get}
     * @param context  the call's context, passed to a method that takes one
     * @return the {@code prompts/get} result
     * @throws JsonRpcError for bad arguments or a failing method
     */
    public JsonObject get(JsonObject supplied, McpContext context) {
        Object[] values = new Object[slots.length];
        for (int i = 0; i < slots.length; i++) {
            values[i] = slots[i] == null ? context : bind(slots[i], supplied.get(slots[i].name()));
        }
        return BeanCall.call(instances, method, values, this::result, "Invalid arguments", LOG,
                "Prompt " + promptName, "The prompt failed");
    }

    private static Object bind(Argument argument, JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            if (argument.defaultValue() != null) {
                return argument.optional() ? Optional.of(argument.defaultValue()) : argument.defaultValue();
            }
            if (argument.required()) {
                throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Missing required argument '" + argument.name()
                        + "'");
            }
            return argument.optional() ? Optional.empty() : null;
        }
        if (!(value instanceof JsonString s)) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Argument '" + argument.name() + "' must be a string");
        }
        return argument.optional() ? Optional.of(s.getString()) : s.getString();
    }

    private JsonObject result(Object returned) {
        if (returned == null) {
            throw new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "The prompt produced no messages");
        }
        String description = null;
        List<?> messages;
        switch (kind) {
            case TEXT -> messages = List.of(PromptMessage.user((String) returned));
            case MESSAGE -> messages = List.of(returned);
            case MESSAGES -> messages = (List<?>) returned;
            default -> {
                PromptResult r = (PromptResult) returned;
                description = r.description();
                messages = r.messages();
            }
        }
        JsonArrayBuilder array = Json.array();
        for (Object m : messages) {
            array.add(ContentJson.message((PromptMessage) m));
        }
        JsonObjectBuilder b = Json.object();
        if (description != null) {
            b.add("description", description);
        }
        return b.add("messages", array).build();
    }
}
