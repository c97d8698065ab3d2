package dev.mcpee.internal.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deployed tools or prompts, immutable after deployment: listed in name order (stable pages for
 * cursors), found by name in constant time.
 *
 * @param <T> tools or prompts
 */
public final class Catalog<T extends Listable> {

    private final List<T> ordered;
    private final Map<String, T> byName;

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
        return ordered;
    }

    /**
     * An item by name.
     *
     * @param name the name
     * @return the item, or null
     */
    public T find(String name) {
        return byName.get(name);
    }

    /**
     * Whether the catalog is empty.
     *
     * @return true when there is nothing to list
     */
    public boolean isEmpty() {
        return ordered.isEmpty();
    }
}
