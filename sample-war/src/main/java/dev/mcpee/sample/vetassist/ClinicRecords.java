package dev.mcpee.sample.vetassist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.mcpee.sample.vetassist.data.AppointmentEntity;
import dev.mcpee.sample.vetassist.data.PetEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/**
 * The clinic's data, in the database of the persistence unit {@code vetassist}. Every method takes the caller's
 * {@link Access} and applies the ownership rules in the same transaction as the read or write, and returns
 * plain records, never entities.
 *
 * <p>Reads run in a transaction too ({@code REQUIRED}, the default): the mapping to records walks lazy
 * associations, which only a transaction-scoped persistence context keeps open on every provider.
 */
@ApplicationScoped
@Transactional
public class ClinicRecords {

    @PersistenceContext(unitName = "vetassist")
    EntityManager em;

    /**
     * The pets the caller may see, or one owner's among them.
     *
     * @param access  the caller's access
     * @param ownerId for staff, an owner to filter by, or null for every pet; ignored for owners, who see only
     *                their own
     * @return the pets by id
     */
    public List<PetSummary> pets(Access access, String ownerId) {
        String owner = access.staff() ? ownerId : access.subject();
        TypedQuery<PetEntity> query = owner == null
                ? em.createQuery("SELECT p FROM PetEntity p ORDER BY p.id", PetEntity.class)
                : em.createQuery("SELECT p FROM PetEntity p WHERE p.owner.userId = :owner ORDER BY p.id",
                        PetEntity.class).setParameter("owner", owner);
        return query.getResultList().stream().map(p -> new PetSummary(p.getId(), p.getName(), p.getSpecies()))
                .toList();
    }

    /**
     * One pet, if the caller may see it.
     *
     * @param access the caller's access
     * @param id     the pet id
     * @return the pet; empty when unknown or not the caller's
     */
    public Optional<Pet> pet(Access access, long id) {
        return find(access, id).map(ClinicRecords::toRecord);
    }

    /**
     * Changes a pet's profile, if the caller may.
     *
     * @param access the caller's access
     * @param id     the pet id
     * @param update the changes; null fields stay as they are
     * @return the new profile; empty when unknown or not the caller's
     */
    public Optional<Pet> update(Access access, long id, ProfileUpdate update) {
        return find(access, id).map(pet -> {
            if (update.name() != null) {
                pet.setName(update.name());
            }
            if (update.breed() != null) {
                pet.setBreed(update.breed());
            }
            if (update.allergies() != null) {
                pet.getAllergies().clear();
                pet.getAllergies().addAll(update.allergies());
            }
            em.flush();
            return toRecord(pet);
        });
    }

    /**
     * Books an appointment, if the caller may book for the pet.
     *
     * @param access the caller's access
     * @param petId  the pet
     * @param date   the day
     * @param reason the reason
     * @param notes  notes, or null
     * @return the appointment; empty when the pet is unknown or not the caller's
     */
    public Optional<Appointment> book(Access access, long petId, LocalDate date, String reason, String notes) {
        return find(access, petId).map(pet -> {
            AppointmentEntity a = new AppointmentEntity(pet, date, reason, notes);
            em.persist(a);
            em.flush();
            return new Appointment(a.getId(), pet.getId(), a.getDate(), a.getReason(), a.getNotes());
        });
    }

    private Optional<PetEntity> find(Access access, long id) {
        PetEntity pet = em.find(PetEntity.class, id);
        return pet != null && access.mayAccess(pet.getOwner().getUserId()) ? Optional.of(pet) : Optional.empty();
    }

    private static Pet toRecord(PetEntity p) {
        return new Pet(p.getId(), p.getName(), p.getSpecies(), p.getBreed(), p.getBirthDate(),
                p.getOwner().getUserId(), List.copyOf(new ArrayList<>(p.getAllergies())),
                p.getVaccinations().stream().map(v -> new Vaccination(v.getVaccine(), v.getGiven(), v.getValidFor()))
                        .toList());
    }
}
