package dev.mcpee.sample.orgadmin.applications;

/**
 * One application in a list.
 *
 * @param id       the application id (the other tools' {@code application_id})
 * @param name     its name
 * @param clientId its OAuth client id, empty when it has none
 * @param type     the template it was created from
 */
public record ApplicationSummary(String id, String name, String clientId, ApplicationType type) {
}
