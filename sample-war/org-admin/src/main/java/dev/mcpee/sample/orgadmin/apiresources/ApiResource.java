package dev.mcpee.sample.orgadmin.apiresources;

import static dev.mcpee.sample.orgadmin.management.JsonFields.array;
import static dev.mcpee.sample.orgadmin.management.JsonFields.flag;
import static dev.mcpee.sample.orgadmin.management.JsonFields.objects;
import static dev.mcpee.sample.orgadmin.management.JsonFields.text;

import java.util.List;

import jakarta.json.JsonObject;

/**
 * An API resource: an API of the organization's, which applications are authorized for.
 *
 * @param id                    its id (authorize_api's {@code api_id})
 * @param identifier            its identifier, the audience of its tokens
 * @param name                  its display name
 * @param type                  e.g. {@code BUSINESS} (the organization's own) or a system API
 * @param requiresAuthorization whether applications need authorize_api before calling it
 * @param scopes                its scopes (in lists, only when asked for one resource)
 */
public record ApiResource(String id, String identifier, String name, String type, boolean requiresAuthorization,
                          List<ApiScope> scopes) {

    /**
     * From the Management API's model.
     *
     * @param json a list item or a full API resource
     * @return the record
     */
    public static ApiResource of(JsonObject json) {
        return new ApiResource(text(json, "id"), text(json, "identifier"), text(json, "name"), text(json, "type"),
                flag(json, "requiresAuthorization"), objects(array(json, "scopes")).stream()
                        .map(s -> new ApiScope(text(s, "name"), text(s, "displayName"), text(s, "description")))
                        .toList());
    }
}
