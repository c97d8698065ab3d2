package dev.mcpee.sample.vetassist;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import dev.mcpee.api.Content;
import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpNotifier;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.ResourceLink;
import dev.mcpee.api.TextContent;
import dev.mcpee.api.ToolException;
import dev.mcpee.sample.vetassist.data.AppointmentEntity;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;

/**
 * The VetAssist clinic assistant's tools: pets, vaccinations and appointments. Pet owners (role
 * {@code pet_owner}) see and change only their own pets, matched by their token subject; clinic staff (role
 * {@code vet_staff}) see and change every pet. The data is in {@link ClinicRecords}, which applies those rules
 * inside its transactions.
 */
@ApplicationScoped
@RequiresScope("pet-profile:read")
@RolesAllowed({"pet_owner", "vet_staff"})
public class PetTools {

    @Inject
    ClinicRecords records;

    @Inject
    McpNotifier notifier;

    @Inject
    CallerAccess callerAccess;

    /** Runs the booking (the stand-in for a scheduling system) with the application's context. */
    @Resource
    ManagedExecutorService executor;

    /**
     * Lists pets: an owner's own, or for staff every pet or one owner's.
     *
     * @param owner the owner's user id, or empty for every pet the caller may see
     * @return the pets
     */
    @McpTool(name = "list_pets", title = "List pets", readOnlyHint = true, openWorldHint = false,
            description = "Lists the pets registered at the clinic, optionally only those of one owner.")
    public List<PetSummary> listPets(@McpArg(description = "User id of the owner, e.g. alice") Optional<String> owner) {
        Access access = callerAccess.current();
        String filter = owner.filter(o -> !o.isBlank()).orElse(null);
        if (!access.staff() && filter != null && !filter.equals(access.subject())) {
            throw new ToolException("As a pet owner you can list only your own pets; leave out owner");
        }
        return records.pets(access, filter);
    }

    /**
     * A pet's profile.
     *
     * @param petId the pet
     * @return the profile
     */
    @McpTool(name = "get_pet_profile", title = "Pet profile", readOnlyHint = true, openWorldHint = false,
            description = "Reads the full profile of one pet: species, breed, birth date, allergies, vaccinations.")
    public Pet getPetProfile(@McpArg(description = "Pet id, from list_pets") long petId) {
        return pet(petId);
    }

    /**
     * The next vaccination due.
     *
     * @param petId the pet
     * @return the vaccine and date
     */
    @McpTool(name = "next_vaccination", title = "Next vaccination", readOnlyHint = true, openWorldHint = false,
            description = "Tells which vaccination a pet needs next and when it is due.")
    public VaccinationDue nextVaccination(@McpArg(description = "Pet id, from list_pets") long petId) {
        Pet pet = pet(petId);
        Vaccination next = pet.vaccinations().stream().min(Comparator.comparing(Vaccination::dueDate))
                .orElseThrow(() -> new ToolException(pet.name() + " has no vaccination on record; book a check-up"
                        + " with book_appointment"));
        return new VaccinationDue(petId, next.vaccine(), next.dueDate(), next.dueDate().isBefore(LocalDate.now()));
    }

    /**
     * Books an appointment; the booking system answers asynchronously.
     *
     * @param petId  the pet
     * @param date   the day
     * @param reason the reason
     * @param notes  notes for the vet
     * @return the appointment, once booked
     */
    @McpTool(name = "book_appointment", title = "Book appointment", destructiveHint = false, openWorldHint = false,
            description = "Books a clinic appointment for a pet on a given day.")
    @RequiresScope({"pet-profile:read", "pet-profile:write"})
    public CompletionStage<Appointment> bookAppointment(
            @McpArg(description = "Pet id, from list_pets") long petId,
            @McpArg(description = "Day of the appointment, ISO format such as 2026-12-01") LocalDate date,
            @McpArg(description = "Why the pet comes in", defaultValue = "\"check-up\"") @Size(min = 3, max = 200)
            String reason,
            @McpArg(description = "Notes for the vet") Optional<String> notes) {
        // The caller is request-scoped: read it here, on the request thread, not in the asynchronous part.
        Access access = callerAccess.current();
        pet(access, petId);
        if (date.isBefore(LocalDate.now())) {
            throw new ToolException("The date " + date + " is in the past; choose a future day");
        }
        String note = notes.filter(n -> !n.isBlank()).orElse(null);
        if (note != null && note.length() > AppointmentEntity.MAX_NOTES) {
            throw new ToolException("Notes are limited to " + AppointmentEntity.MAX_NOTES + " characters");
        }
        // Stands in for a scheduling system that answers later, off the request thread; the managed executor
        // gives that thread the application's context, and the booking runs in its own transaction.
        return CompletableFuture.supplyAsync(() -> records.book(access, petId, date, reason, note)
                        .orElseThrow(() -> new ToolException(access.noSuchPet(petId))),
                CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS, executor));
    }

    /**
     * Changes a pet's profile.
     *
     * @param petId  the pet
     * @param update the changes
     * @return the new profile
     */
    @McpTool(name = "update_pet_profile", title = "Update pet profile", idempotentHint = true, openWorldHint = false,
            description = "Changes a pet's name, breed or allergy list; fields left out stay as they are.")
    @RequiresScope({"pet-profile:read", "pet-profile:write"})
    public Pet updatePetProfile(@McpArg(description = "Pet id, from list_pets") long petId,
                                @McpArg(description = "The fields to change") ProfileUpdate update) {
        Access access = callerAccess.current();
        Pet updated = records.update(access, petId, update)
                .orElseThrow(() -> new ToolException(access.noSuchPet(petId)));
        // Clients subscribed to the pet's profile resource hear about the change.
        notifier.resourceUpdated("vetassist://pets/" + petId);
        return updated;
    }

    /**
     * A short card for a pet, with a link to its profile resource.
     *
     * @param petId the pet
     * @return a text line and a resource link
     */
    @McpTool(name = "pet_card", title = "Pet card", readOnlyHint = true, openWorldHint = false,
            description = "A one-line summary of a pet with a link to its profile.")
    public List<Content> petCard(@McpArg(description = "Pet id, from list_pets") long petId) {
        Pet pet = pet(petId);
        return List.of(new TextContent(pet.name() + " (" + pet.species().name().toLowerCase() + ", born "
                        + pet.birthDate() + ")"),
                new ResourceLink("vetassist://pets/" + pet.id(), pet.name(), "Profile of " + pet.name(),
                        "application/json"));
    }

    private Pet pet(long petId) {
        return pet(callerAccess.current(), petId);
    }

    private Pet pet(Access access, long petId) {
        return records.pet(access, petId).orElseThrow(() -> new ToolException(access.noSuchPet(petId)));
    }
}
