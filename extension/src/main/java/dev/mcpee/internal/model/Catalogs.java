package dev.mcpee.internal.model;

import java.util.List;
import java.util.Map;

/**
 * Everything a deployment serves, built once: tools, prompts, resources, resource templates and completion
 * providers.
 *
 * @param tools       the tools
 * @param prompts     the prompts
 * @param resources   the fixed resources
 * @param templates   the resource templates
 * @param completions the completion providers by key
 */
public record Catalogs(Catalog<ToolDefinition> tools, Catalog<PromptDefinition> prompts,
                       Catalog<ResourceDefinition> resources, Catalog<ResourceDefinition> templates,
                       Map<String, CompletionDefinition> completions) {

    /**
     * Copies the providers.
     *
     * @param tools       the tools
     * @param prompts     the prompts
     * @param resources   the fixed resources
     * @param templates   the resource templates
     * @param completions the completion providers by key
     */
    public Catalogs {
        completions = Map.copyOf(completions);
    }

    /**
     * Tools only.
     *
     * @param tools the tools
     * @return the catalogs
     */
    public static Catalogs of(Catalog<ToolDefinition> tools) {
        return new Catalogs(tools, new Catalog<>(List.of()), new Catalog<>(List.of()), new Catalog<>(List.of()),
                Map.of());
    }
}
