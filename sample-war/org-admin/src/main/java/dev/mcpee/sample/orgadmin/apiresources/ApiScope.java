package dev.mcpee.sample.orgadmin.apiresources;

/**
 * A scope of an API resource.
 *
 * @param name        the scope, as applications ask for it, e.g. {@code read_orders}
 * @param displayName its name in the console
 * @param description what it allows
 */
public record ApiScope(String name, String displayName, String description) {
}
