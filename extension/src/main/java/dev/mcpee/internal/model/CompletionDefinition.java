package dev.mcpee.internal.model;

import java.lang.invoke.MethodHandle;

import dev.mcpee.internal.invoke.BeanInstances;
import dev.mcpee.internal.security.ToolSecurity;

/**
 * A completion provider, built once at deployment.
 *
 * @param key         {@code prompt:<name>#<argument>} or {@code resource:<template>#<argument>}
 * @param security    the access rule of the prompt or template it completes for
 * @param instances   where the bean instance comes from
 * @param method      the method, adapted to {@code (Object, Object[])Object}
 * @param withContext whether the method takes the resolved arguments as a second parameter
 * @param source      the declaring method, for logs
 */
public record CompletionDefinition(String key, ToolSecurity security, BeanInstances instances, MethodHandle method,
                                   boolean withContext, String source) {

    /**
     * The key of a prompt argument.
     *
     * @param prompt   the prompt name
     * @param argument the argument
     * @return the key
     */
    public static String promptKey(String prompt, String argument) {
        return "prompt:" + prompt + "#" + argument;
    }

    /**
     * The key of a template variable.
     *
     * @param template the URI template
     * @param argument the variable
     * @return the key
     */
    public static String resourceKey(String template, String argument) {
        return "resource:" + template + "#" + argument;
    }
}
