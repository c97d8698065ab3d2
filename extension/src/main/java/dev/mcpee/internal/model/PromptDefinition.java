package dev.mcpee.internal.model;

import dev.mcpee.internal.invoke.PromptInvoker;
import dev.mcpee.internal.jsonrpc.SerializedObject;
import dev.mcpee.internal.security.ToolSecurity;
import jakarta.json.JsonObject;

/**
 * Everything about one deployed prompt, built once at deployment.
 *
 * @param name       the prompt name
 * @param descriptor the prompt's entry in {@code prompts/list}, ready to send
 * @param security   who may get it
 * @param invoker    how to render it
 * @param source     the declaring method, for logs
 */
public record PromptDefinition(String name, JsonObject descriptor, ToolSecurity security, PromptInvoker invoker,
                               String source) implements Listable {

    /** The descriptor is serialized once, here: every list writes its text. */
    public PromptDefinition {
        descriptor = SerializedObject.of(descriptor);
    }
}
