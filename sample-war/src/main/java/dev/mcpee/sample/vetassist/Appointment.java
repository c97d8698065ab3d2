package dev.mcpee.sample.vetassist;

import java.time.LocalDate;

/**
 * A booked appointment.
 *
 * @param id     the appointment id
 * @param petId  the pet
 * @param date   the day
 * @param reason why the pet comes in
 * @param notes  notes for the vet, or null
 */
public record Appointment(long id, long petId, LocalDate date, String reason, String notes) {
}
