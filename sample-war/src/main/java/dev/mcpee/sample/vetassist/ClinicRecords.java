package dev.mcpee.sample.vetassist;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/** The clinic's data, in memory (seeded with a few pets). */
@ApplicationScoped
public class ClinicRecords {

    private final Map<Long, Pet> pets = new ConcurrentHashMap<>();
    private final Map<Long, Appointment> appointments = new ConcurrentHashMap<>();
    private final AtomicLong appointmentIds = new AtomicLong(1000);

    @PostConstruct
    void seed() {
        save(new Pet(1, "Rex", Species.DOG, "Labrador", LocalDate.of(2019, 4, 2), "alice",
                List.of("chicken"), List.of(new Vaccination("rabies", LocalDate.of(2025, 3, 1), 36),
                new Vaccination("distemper", LocalDate.of(2025, 9, 15), 12))));
        save(new Pet(2, "Misty", Species.CAT, "Siamese", LocalDate.of(2021, 11, 20), "alice",
                List.of(), List.of(new Vaccination("feline leukemia", LocalDate.of(2026, 1, 10), 12))));
        save(new Pet(3, "Thumper", Species.RABBIT, null, LocalDate.of(2023, 6, 5), "bob",
                List.of(), List.of()));
    }

    /**
     * Every pet, or one owner's.
     *
     * @param ownerId the owner, or null for all
     * @return the pets by id
     */
    public List<Pet> pets(String ownerId) {
        return pets.values().stream().filter(p -> ownerId == null || p.ownerId().equals(ownerId))
                .sorted(Comparator.comparingLong(Pet::id)).toList();
    }

    /**
     * One pet.
     *
     * @param id the pet id
     * @return the pet, if known
     */
    public Optional<Pet> pet(long id) {
        return Optional.ofNullable(pets.get(id));
    }

    /**
     * Stores a pet.
     *
     * @param pet the pet
     */
    public void save(Pet pet) {
        pets.put(pet.id(), pet);
    }

    /**
     * Books an appointment.
     *
     * @param petId  the pet
     * @param date   the day
     * @param reason the reason
     * @param notes  notes, or null
     * @return the appointment
     */
    public Appointment book(long petId, LocalDate date, String reason, String notes) {
        Appointment a = new Appointment(appointmentIds.incrementAndGet(), petId, date, reason, notes);
        appointments.put(a.id(), a);
        return a;
    }
}
