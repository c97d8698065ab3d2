/**
 * MicroProfile Health checks, present only where the container has MicroProfile Health: readiness (keys, session
 * store) and liveness.
 */
package dev.mcpee.internal.health;
