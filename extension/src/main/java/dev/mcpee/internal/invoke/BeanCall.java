package dev.mcpee.internal.invoke;

import java.lang.invoke.MethodHandle;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.mcpee.api.ToolException;
import dev.mcpee.internal.jsonrpc.JsonRpcError;

/**
 * Calls a prompt, resource or completion method on its bean and maps what it returned while the bean is still
 * held (a {@code @Dependent} bean's dependents may be needed to read the result). Failures become JSON-RPC
 * errors as those methods report them: a {@link ToolException} is {@code -32602} with the author's message,
 * a {@link JsonRpcError} passes through, anything else is {@code -32603} with a reference to the log entry
 * (the client never sees the exception). Tools report failures as results instead ({@link ToolInvoker}).
 */
public final class BeanCall {

    private BeanCall() {
    }

    /**
     * Makes the call.
     *
     * @param instances     where the bean instance comes from
     * @param method        the method, adapted to {@code (Object, Object[])Object}
     * @param arguments     the arguments
     * @param map           turns the returned value into the result
     * @param invalid       the {@code -32602} message when a {@code ToolException} has none
     * @param log           where a failure is logged
     * @param logLabel      what failed, for the log ("Prompt greet")
     * @param clientFailure what failed, for the client ("The prompt failed")
     * @param <R>           the result type
     * @return the result
     * @throws JsonRpcError for every failure
     */
    public static <R> R call(BeanInstances instances, MethodHandle method, Object[] arguments,
                             Function<Object, R> map, String invalid, Logger log, String logLabel,
                             String clientFailure) {
        BeanInstances.Handle handle = instances.acquire();
        try {
            return map.apply(method.invokeExact(handle.instance(), arguments));
        } catch (ToolException e) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, e.getMessage() == null ? invalid : e.getMessage());
        } catch (JsonRpcError e) {
            throw e;
        } catch (Throwable t) {
            if (t instanceof Error e && !(t instanceof StackOverflowError)) {
                throw e;
            }
            if (t instanceof java.util.concurrent.CompletionException && t.getCause() instanceof ToolException e) {
                // A stage the method joined failed as the author (or a request to the client) reported it.
                throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, e.getMessage() == null ? invalid : e.getMessage());
            }
            String reference = UUID.randomUUID().toString();
            log.log(Level.WARNING, logLabel + " failed (reference " + reference + ")", t);
            throw new JsonRpcError(JsonRpcError.INTERNAL_ERROR, clientFailure + " (reference " + reference + ")");
        } finally {
            handle.release();
        }
    }
}
