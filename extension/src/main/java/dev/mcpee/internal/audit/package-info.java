/**
 * The audit trail: one structured log line per request the endpoint decided on.
 */
package dev.mcpee.internal.audit;
