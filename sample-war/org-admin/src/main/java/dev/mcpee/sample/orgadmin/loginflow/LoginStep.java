package dev.mcpee.sample.orgadmin.loginflow;

import java.util.List;

/**
 * A step of a login flow: the user passes it with any one of its options.
 *
 * @param options the options
 */
public record LoginStep(List<LoginOption> options) {
}
