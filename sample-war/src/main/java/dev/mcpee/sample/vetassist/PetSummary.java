package dev.mcpee.sample.vetassist;

/**
 * A line of the pet list.
 *
 * @param id      the pet id
 * @param name    the name
 * @param species the species
 */
public record PetSummary(long id, String name, Species species) {
}
