package dev.mcpee.sample.orgadmin.apiresources;

import java.util.Optional;

/**
 * A scope to create with an API resource.
 *
 * @param name        the scope, e.g. {@code read_orders}
 * @param displayName its name in the console; the name when left out
 * @param description what it allows
 */
public record NewScope(String name, Optional<String> displayName, Optional<String> description) {
}
