package dev.mcpee.sample.vetassist;

import java.time.LocalDate;

/**
 * A vaccination given to a pet.
 *
 * @param vaccine  the vaccine
 * @param given    when it was given
 * @param validFor months of protection
 */
public record Vaccination(String vaccine, LocalDate given, int validFor) {

    /**
     * When the protection ends.
     *
     * @return the due date of the next dose
     */
    public LocalDate dueDate() {
        return given.plusMonths(validFor);
    }
}
