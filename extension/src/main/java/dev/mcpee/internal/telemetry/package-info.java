/**
 * OpenTelemetry spans and metrics of MCP requests, through the container's MicroProfile Telemetry. The only
 * package that touches the OpenTelemetry API: it is loaded only where the container provides it.
 */
package dev.mcpee.internal.telemetry;
