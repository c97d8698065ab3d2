package dev.mcpee.sample.vetassist;

import java.time.LocalDate;
import java.util.List;

/**
 * A pet's profile.
 *
 * @param id          the pet id
 * @param name        the pet's name
 * @param species     the species
 * @param breed       the breed, or null
 * @param birthDate   the date of birth
 * @param ownerId     the owner's user id
 * @param allergies   known allergies
 * @param vaccinations vaccinations given so far
 */
public record Pet(long id, String name, Species species, String breed, LocalDate birthDate, String ownerId,
                  List<String> allergies, List<Vaccination> vaccinations) {
}
