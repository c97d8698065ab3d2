package dev.mcpee.internal.model;

import dev.mcpee.internal.invoke.ToolInvoker;
import dev.mcpee.internal.jsonrpc.SerializedObject;
import dev.mcpee.internal.security.ToolSecurity;
import jakarta.json.JsonObject;

/**
 * Everything about one deployed tool, built once at deployment.
 *
 * @param name       the tool name
 * @param descriptor the tool's entry in {@code tools/list}, ready to send
 * @param security   who may call it
 * @param invoker    how to call it
 * @param source     the declaring method, for logs ("com.example.PetTools#rename")
 */
public record ToolDefinition(String name, JsonObject descriptor, ToolSecurity security, ToolInvoker invoker,
                             String source) implements Listable {

    /** The descriptor is serialized once, here: every list writes its text. */
    public ToolDefinition {
        descriptor = SerializedObject.of(descriptor);
    }
}
