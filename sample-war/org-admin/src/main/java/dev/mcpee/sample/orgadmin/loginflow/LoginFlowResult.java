package dev.mcpee.sample.orgadmin.loginflow;

import java.util.List;

/**
 * The login flow set on an application.
 *
 * @param applicationId the application
 * @param steps         the steps, in order; the first identifies the user
 * @param source        {@code sampled} (planned by the client's model from the description) or {@code given}
 */
public record LoginFlowResult(String applicationId, List<LoginStep> steps, String source) {
}
