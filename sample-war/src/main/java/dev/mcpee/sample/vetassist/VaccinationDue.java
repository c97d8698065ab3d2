package dev.mcpee.sample.vetassist;

import java.time.LocalDate;

/**
 * The next vaccination a pet needs.
 *
 * @param petId   the pet
 * @param vaccine the vaccine due
 * @param dueDate when it is due
 * @param overdue whether the date has passed
 */
public record VaccinationDue(long petId, String vaccine, LocalDate dueDate, boolean overdue) {
}
