/**
 * Deployment and configuration problems as data ({@link dev.mcpee.internal.problem.Problem}), collected in
 * {@link dev.mcpee.internal.problem.Problems}, with every text and id in the message classes: {@code Messages}
 * and {@code SignatureMessages} for MCPEE001–099 (annotations and deployment), {@code ConfigMessages} for
 * MCPEE101–111 (configuration and the authorization server). It depends on no other internal package, so that
 * every package that finds problems can use it without a cycle.
 */
package dev.mcpee.internal.problem;
