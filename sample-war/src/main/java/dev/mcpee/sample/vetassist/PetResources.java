package dev.mcpee.sample.vetassist;

import dev.mcpee.api.McpResource;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.ToolException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** The clinic's resources: its opening hours, and each pet's profile (the links pet_card returns). */
@ApplicationScoped
@RequiresScope("pet-profile:read")
@RolesAllowed({"pet_owner", "vet_staff"})
public class PetResources {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    ClinicRecords records;

    @Inject
    CallerAccess callerAccess;

    /**
     * The clinic's opening hours.
     *
     * @return the hours, as text
     */
    @McpResource(uri = "vetassist://clinic/hours", name = "opening_hours", title = "Opening hours",
            mimeType = "text/plain", description = "When the clinic is open.")
    @PermitAll
    public String openingHours() {
        return "Monday to Friday 8:00-18:00, Saturday 9:00-13:00; emergencies: call the clinic.";
    }

    /**
     * A pet's profile, as JSON.
     *
     * @param petId the pet
     * @return the profile
     */
    @McpResource(uri = "vetassist://pets/{petId}", name = "pet_profile", title = "Pet profile",
            mimeType = "application/json", description = "The profile of one of your pets (vet staff: any pet).")
    public String petProfile(long petId) {
        Access access = callerAccess.current();
        return JSONB.toJson(records.pet(access, petId).orElseThrow(() -> new ToolException(access.noSuchPet(petId))));
    }
}
