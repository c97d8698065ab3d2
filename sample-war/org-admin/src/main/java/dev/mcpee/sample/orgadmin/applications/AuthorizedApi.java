package dev.mcpee.sample.orgadmin.applications;

import java.util.List;

/**
 * An API resource an application is authorized for.
 *
 * @param id         the API resource id
 * @param identifier its identifier (the audience), e.g. {@code https://api.example.com/orders}
 * @param name       its display name
 * @param policy     the authorization policy, e.g. {@code RBAC}
 * @param scopes     the scopes the application may ask for
 */
public record AuthorizedApi(String id, String identifier, String name, String policy, List<String> scopes) {
}
