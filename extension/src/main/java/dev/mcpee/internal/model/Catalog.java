package dev.mcpee.internal.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deployed tools or prompts: listed in name order (stable pages for cursors), found by name in constant
 * time. The set is fixed at deployment; items can be switched off and on at run time.
 *
 * @param <T> tools or prompts
 */
public final class Catalog<T extends Listable> {

    private final List<T> ordered;
    private final Map<String, T> byName;
    // Switched off at run time (McpFeatures): hidden from all() and find().
    private final java.util.Set<String> disabled = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Creates the catalog.
     *
     * @param items the items, names unique
     */
    public Catalog(List<T> items) {
        this.ordered = items.stream().sorted(Comparator.comparing(Listable::name)).toList();
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : ordered) {
            if (map.put(item.name(), item) != null) {
                throw new IllegalArgumentException("duplicate name " + item.name());
            }
        }
        this.byName = Map.copyOf(map);
    }

    /**
     * All items in name order.
     *
     * @return the items
     */
    public List<T> all() {
        return disabled.isEmpty() ? ordered : ordered.stream().filter(t -> !disabled.contains(t.name())).toList();
    }

    /**
     * Every deployed item in name order, switched on or off.
     *
     * @return the items
     */
    public List<T> deployed() {
        return ordered;
    }

    /**
     * An item by name.
     *
     * @param name the name
     * @return the item, or null
     */
    public T find(String name) {
        return disabled.contains(name) ? null : byName.get(name);
    }

    /**
     * Whether an item is switched on.
     *
     * @param name the item's name
     * @return false when switched off
     */
    public boolean enabled(String name) {
        return disabled.isEmpty() || !disabled.contains(name);
    }

    /**
     * Switches an item off or on.
     *
     * @param name    the item
     * @param enabled whether it is listed and usable
     * @return whether anything changed
     * @throws IllegalArgumentException when there is no such item
     */
    public boolean setEnabled(String name, boolean enabled) {
        if (!byName.containsKey(name)) {
            throw new IllegalArgumentException("No such item is deployed: " + name);
        }
        return enabled ? disabled.remove(name) : disabled.add(name);
    }

    /**
     * Whether the catalog holds an item, switched on or off.
     *
     * @param name the item
     * @return true when deployed
     */
    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /**
     * Whether the catalog is empty.
     *
     * @return true when there is nothing to list
     */
    public boolean isEmpty() {
        // Whether anything is deployed (switched-off items count: the capability stays declared).
        return ordered.isEmpty();
    }
}
