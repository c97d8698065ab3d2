/**
 * What the endpoint reports about each request: the {@link dev.mcpee.internal.observe.Exchange} the transport
 * fills in, and the {@link dev.mcpee.internal.observe.Observer}s (audit trail, telemetry) that read it. Depends on
 * nothing of mcp-ee, so every layer can report into it.
 */
package dev.mcpee.internal.observe;
