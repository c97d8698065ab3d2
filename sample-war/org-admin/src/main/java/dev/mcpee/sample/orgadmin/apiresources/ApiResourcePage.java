package dev.mcpee.sample.orgadmin.apiresources;

import java.util.List;

/**
 * A page of API resources.
 *
 * @param totalResults how many match
 * @param apiResources the page
 * @param after        the cursor of the next page (list_api_resources' {@code after}), or null on the last
 */
public record ApiResourcePage(int totalResults, List<ApiResource> apiResources, String after) {
}
