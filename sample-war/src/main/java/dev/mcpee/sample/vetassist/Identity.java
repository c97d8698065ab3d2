package dev.mcpee.sample.vetassist;

/**
 * Who is calling.
 *
 * @param authenticated whether the request carried a verified identity
 * @param name          the caller's name, or null
 */
public record Identity(boolean authenticated, String name) {
}
