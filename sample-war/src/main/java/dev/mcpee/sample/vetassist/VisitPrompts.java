package dev.mcpee.sample.vetassist;

import java.util.List;
import java.util.Optional;

import dev.mcpee.api.EmbeddedResource;
import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpPrompt;
import dev.mcpee.api.PromptMessage;
import dev.mcpee.api.PromptResult;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.ToolException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Prompts of the VetAssist clinic: ready-made conversations a user picks in the client. */
@ApplicationScoped
@RequiresScope("pet-profile:read")
@RolesAllowed({"pet_owner", "vet_staff"})
public class VisitPrompts {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    ClinicRecords records;

    @Inject
    CallerAccess callerAccess;

    /**
     * Prepares a vet visit for one of the caller's pets.
     *
     * @param petId   the pet, as a string (prompt arguments are strings)
     * @param concern what worries the owner
     * @param call    the request, for progress and a log line the client may show
     * @return the messages, with the pet's profile embedded
     */
    @McpPrompt(name = "prepare_visit", title = "Prepare a vet visit",
            description = "Helps prepare questions for the vet about one pet, with its profile attached.")
    public PromptResult prepareVisit(@McpArg(description = "Pet id, from list_pets") String petId,
                                     @McpArg(description = "What worries you, if anything") Optional<String> concern,
                                     McpContext call) {
        long id;
        try {
            id = Long.parseLong(petId.strip());
        } catch (NumberFormatException e) {
            throw new ToolException("petId must be a number, such as 1");
        }
        call.progress(1, 2.0, "looking up pet " + id);
        Access access = callerAccess.current();
        Pet pet = records.pet(access, id).orElseThrow(() -> new ToolException(access.noSuchPet(id)));
        call.progress(2, 2.0, "profile attached");
        call.log(McpContext.Level.INFO, "vetassist.prompts", "prepare_visit attached the profile of " + pet.name());
        String ask = "Help me prepare a visit to the vet for " + pet.name() + ", my " + pet.species().name()
                .toLowerCase(java.util.Locale.ROOT) + concern.map(c -> ". I am worried about: " + c).orElse(".")
                + " Suggest questions to ask and what to bring.";
        return new PromptResult("Visit preparation for " + pet.name(), List.of(PromptMessage.user(ask),
                new PromptMessage(PromptMessage.Role.USER, EmbeddedResource.text("vetassist://pets/" + pet.id(),
                        "application/json", JSONB.toJson(pet)))));
    }
}
