package dev.mcpee.sample.vetassist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import dev.mcpee.api.Content;
import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.ResourceLink;
import dev.mcpee.api.TextContent;
import dev.mcpee.api.ToolException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;

/** The VetAssist clinic assistant's tools: pets, vaccinations and appointments. */
@ApplicationScoped
@RequiresScope("pet-profile:read")
@RolesAllowed({"pet_owner", "vet_staff"})
public class PetTools {

    @Inject
    ClinicRecords records;

    /**
     * Lists pets.
     *
     * @param owner the owner's user id, or empty for every pet
     * @return the pets
     */
    @McpTool(name = "list_pets", title = "List pets", readOnlyHint = true, openWorldHint = false,
            description = "Lists the pets registered at the clinic, optionally only those of one owner.")
    public List<PetSummary> listPets(@McpArg(description = "User id of the owner, e.g. alice") Optional<String> owner) {
        return records.pets(owner.orElse(null)).stream().map(p -> new PetSummary(p.id(), p.name(), p.species()))
                .toList();
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
        Pet pet = pet(petId);
        if (date.isBefore(LocalDate.now())) {
            throw new ToolException("The date " + date + " is in the past; choose a future day");
        }
        // Stands in for a scheduling system that answers later, off the request thread.
        return CompletableFuture.supplyAsync(() -> records.book(pet.id(), date, reason, notes.orElse(null)),
                CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS));
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
        Pet pet = pet(petId);
        Pet updated = new Pet(pet.id(), update.name() != null ? update.name() : pet.name(), pet.species(),
                update.breed() != null ? update.breed() : pet.breed(), pet.birthDate(), pet.ownerId(),
                update.allergies() != null ? new ArrayList<>(update.allergies()) : pet.allergies(),
                pet.vaccinations());
        records.save(updated);
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
        return records.pet(petId).orElseThrow(() -> new ToolException("No pet with id " + petId
                + "; call list_pets to see the ids"));
    }
}
