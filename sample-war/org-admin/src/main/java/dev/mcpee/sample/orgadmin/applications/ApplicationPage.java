package dev.mcpee.sample.orgadmin.applications;

import java.util.List;

/**
 * A page of applications.
 *
 * @param totalResults how many applications match
 * @param offset       where this page starts
 * @param applications the page
 * @param nextOffset   the offset of the next page, or null when this is the last
 */
public record ApplicationPage(int totalResults, int offset, List<ApplicationSummary> applications, Integer nextOffset) {
}
