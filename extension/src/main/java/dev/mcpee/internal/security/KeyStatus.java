package dev.mcpee.internal.security;

import java.net.URI;
import java.time.Duration;

/**
 * How the authorization server's keys stand: what readiness reports.
 *
 * @param fresh       whether tokens can be verified with current keys: the last fetch succeeded, or the keys are
 *                    younger than their max age
 * @param age         time since the keys were last fetched successfully
 * @param keys        how many usable keys are held
 * @param jwksUri     where they come from
 * @param lastFailed  whether the last fetch failed (the keys at hand are still used)
 */
public record KeyStatus(boolean fresh, Duration age, int keys, URI jwksUri, boolean lastFailed) {
}
