package dev.mcpee.internal.invoke;

import java.lang.invoke.MethodHandle;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.ToolException;
import dev.mcpee.internal.schema.SchemaValidator;
import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * Calls one tool: validates the arguments against the tool's input schema, binds them, runs the method on
 * the bean and maps the outcome. Everything it needs was built at deployment; a call only fills an array.
 */
public final class ToolInvoker {

    private static final Logger LOG = Logger.getLogger(ToolInvoker.class.getName());

    private final String toolName;
    private final BeanInstances instances;
    private final MethodHandle method;
    private final ArgumentBinder[] binders;
    private final int contextIndex;
    private final SchemaValidator validator;
    private final ResultMapper results;
    private final boolean async;

    /**
     * Creates the invoker.
     *
     * @param toolName  the tool name, for logs
     * @param instances where the bean instance comes from
     * @param method    the method, adapted to {@code (Object, Object[])Object}
     * @param binders   one binder per parameter (null at the context's position)
     * @param contextIndex the position of the {@code McpContext} parameter, or -1
     * @param validator the compiled input schema
     * @param results   maps the returned value
     * @param async     whether the method returns a {@code CompletionStage}
     */
    public ToolInvoker(String toolName, BeanInstances instances, MethodHandle method, ArgumentBinder[] binders,
                       int contextIndex, SchemaValidator validator, ResultMapper results, boolean async) {
        this.toolName = toolName;
        this.instances = instances;
        this.method = method;
        this.binders = binders.clone();
        this.contextIndex = contextIndex;
        this.validator = validator;
        this.results = results;
        this.async = async;
    }

    /**
     * Whether the tool completes asynchronously.
     *
     * @return true for {@code CompletionStage} methods
     */
    public boolean isAsync() {
        return async;
    }

    /**
     * Whether the method takes the call's {@code McpContext}.
     *
     * @return true when it reports progress, logs or watches for cancellation
     */
    public boolean takesContext() {
        return contextIndex >= 0;
    }

    /**
     * Calls the tool. Never throws for anything the tool or the client did: those become results with
     * {@code isError: true}.
     *
     * @param arguments the {@code arguments} object of the call
     * @param context   the call's context, passed to a method that takes one
     * @return the result object, completed when the tool is done
     */
    public CompletionStage<JsonObject> call(JsonObject arguments, McpContext context) {
        arguments = withoutNulls(arguments);
        Optional<String> invalid = validator.validate(arguments, "argument");
        if (invalid.isPresent()) {
            return CompletableFuture.completedFuture(ResultMapper.textResult(invalid.get(), true));
        }
        Object[] values = new Object[binders.length];
        try {
            for (int i = 0; i < binders.length; i++) {
                values[i] = i == contextIndex ? context : binders[i].bind(arguments);
            }
        } catch (ArgumentException e) {
            return CompletableFuture.completedFuture(ResultMapper.textResult(e.getMessage(), true));
        }
        BeanInstances.Handle handle;
        Object returned;
        try {
            handle = instances.acquire();
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failure(e));
        }
        try {
            returned = method.invokeExact(handle.instance(), values);
        } catch (Throwable t) {
            handle.release();
            if (t instanceof Error e && !(t instanceof StackOverflowError)) {
                throw e;
            }
            return CompletableFuture.completedFuture(failure(t));
        }
        if (!async) {
            // Map before releasing: a @Dependent bean's dependents (an EntityManager, say) may still be needed
            // to serialize what it returned.
            try {
                return CompletableFuture.completedFuture(mapSafely(returned));
            } finally {
                handle.release();
            }
        }
        if (returned == null) {
            handle.release();
            return CompletableFuture.completedFuture(failure(new IllegalStateException(
                    "the tool method returned a null CompletionStage")));
        }
        return ((CompletionStage<?>) returned).handle((value, error) -> {
            try {
                return error == null ? mapSafely(value) : failure(error);
            } finally {
                handle.release();
            }
        });
    }

    /** Models often send {@code null} for an optional argument they mean to leave out: treat it as absent. */
    private static JsonObject withoutNulls(JsonObject arguments) {
        if (!arguments.containsValue(JsonValue.NULL)) {
            return arguments;
        }
        JsonObjectBuilder b = Json.object();
        arguments.forEach((k, v) -> {
            if (v != JsonValue.NULL) {
                b.add(k, v);
            }
        });
        return b.build();
    }

    private JsonObject mapSafely(Object value) {
        try {
            return results.map(value);
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    private JsonObject failure(Throwable t) {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (cause instanceof ToolException te) {
            if (te.getCause() != null) {
                LOG.log(Level.FINE, "Tool " + toolName + " reported a failure", te);
            }
            String message = te.getMessage() == null ? "The tool failed" : te.getMessage();
            return ResultMapper.textResult(message, true);
        }
        // The client gets a reference to find the log entry by, never the exception text.
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "Tool " + toolName + " failed (reference " + reference + ")", cause);
        return ResultMapper.textResult("The tool failed unexpectedly; the server log has the details (reference "
                + reference + ").", true);
    }
}
