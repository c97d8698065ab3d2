package dev.mcpee.internal.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deployed tools, immutable after deployment: listed in name order (stable pages for cursors), found
 * by name in constant time.
 */
public final class ToolRegistry {

    private final List<ToolDefinition> ordered;
    private final Map<String, ToolDefinition> byName;

    /**
     * Creates the registry.
     *
     * @param tools the tools, names unique
     */
    public ToolRegistry(List<ToolDefinition> tools) {
        this.ordered = tools.stream().sorted(Comparator.comparing(ToolDefinition::name)).toList();
        Map<String, ToolDefinition> map = new LinkedHashMap<>();
        for (ToolDefinition tool : ordered) {
            if (map.put(tool.name(), tool) != null) {
                throw new IllegalArgumentException("duplicate tool " + tool.name());
            }
        }
        this.byName = Map.copyOf(map);
    }

    /**
     * All tools in name order.
     *
     * @return the tools
     */
    public List<ToolDefinition> all() {
        return ordered;
    }

    /**
     * A tool by name.
     *
     * @param name the name
     * @return the tool, or null
     */
    public ToolDefinition find(String name) {
        return byName.get(name);
    }
}
