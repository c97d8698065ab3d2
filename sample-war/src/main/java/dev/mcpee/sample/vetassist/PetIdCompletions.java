package dev.mcpee.sample.vetassist;

import java.util.List;

import dev.mcpee.api.McpCompletion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Suggests the caller's pet ids wherever one is asked for: the prepare_visit prompt and pet profiles. */
@ApplicationScoped
public class PetIdCompletions {

    @Inject
    ClinicRecords records;

    @Inject
    CallerAccess callerAccess;

    /**
     * Pet ids for prepare_visit.
     *
     * @param prefix what the user typed
     * @return matching ids of the caller's pets (all pets for vet staff)
     */
    @McpCompletion(prompt = "prepare_visit", argument = "petId")
    public List<String> forVisit(String prefix) {
        return petIds(prefix);
    }

    /**
     * Pet ids for vetassist://pets/{petId}.
     *
     * @param prefix what the user typed
     * @return matching ids
     */
    @McpCompletion(resource = "vetassist://pets/{petId}", argument = "petId")
    public List<String> forProfile(String prefix) {
        return petIds(prefix);
    }

    private List<String> petIds(String prefix) {
        return records.pets(callerAccess.current(), null).stream().map(p -> Long.toString(p.id()))
                .filter(id -> id.startsWith(prefix)).toList();
    }
}
