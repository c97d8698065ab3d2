package dev.mcpee.internal.http;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpCompletion;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpPrompt;
import dev.mcpee.api.McpResource;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What {@link EndpointFuzzTest} calls: tools, a prompt, resources and a completion with the argument shapes of the
 * VetAssist sample (a long id, a date, a record of constrained strings and lists, an enum, optional values, a
 * nested record), so the fuzzer reaches the binder and the schema validator through the endpoint.
 */
@ApplicationScoped
public class FuzzTools {

    /** A species, as the sample's. */
    public enum Species { DOG, CAT, RABBIT, BIRD }

    /**
     * A profile change, shaped like the sample's {@code ProfileUpdate}.
     *
     * @param name      a name
     * @param breed     a breed
     * @param allergies allergies
     * @param species   a species
     * @param owner     who owns the pet
     */
    public record ProfileUpdate(@Size(min = 1, max = 40) String name, @Size(max = 60) String breed,
                                @Size(max = 10) List<@Size(max = 30) String> allergies, Species species,
                                Owner owner) {
    }

    /**
     * An owner.
     *
     * @param id    the owner's id
     * @param email an address
     */
    public record Owner(@Pattern(regexp = "[a-z]+") String id, String email) {
    }

    /**
     * Echoes.
     *
     * @param text the text
     * @return the text
     */
    @McpTool(description = "Echoes")
    public String echo(@Size(max = 100) String text) {
        return text;
    }

    /**
     * Books, with the sample's argument shapes.
     *
     * @param petId  the pet
     * @param date   the day
     * @param weight a weight
     * @param urgent whether urgent
     * @param notes  notes
     * @param update a profile change
     * @return what was bound
     */
    @McpTool(description = "Books")
    public String book(long petId, LocalDate date, @Min(0) @Max(200) double weight, Optional<Boolean> urgent,
                       @McpArg(required = false) String notes, ProfileUpdate update) {
        return petId + " " + date + " " + weight + " " + urgent + " " + notes + " " + update;
    }

    /**
     * Streams progress and a log line.
     *
     * @param steps how many
     * @param context the call's context
     * @return done
     */
    @McpTool(description = "Works")
    public String work(@Min(0) @Max(3) int steps, McpContext context) {
        for (int i = 0; i < steps; i++) {
            context.progress(i + 1, (double) steps, "step");
        }
        context.log(McpContext.Level.INFO, "fuzz", "worked");
        return "done";
    }

    /**
     * Needs a scope the fuzzing caller lacks.
     *
     * @return never, for the fuzzing caller
     */
    @McpTool(description = "Wipes")
    @RequiresScope("admin")
    public String wipe() {
        return "wiped";
    }

    /**
     * A prompt.
     *
     * @param petId   the pet
     * @param concern a concern
     * @return the prompt text
     */
    @McpPrompt(description = "Visit")
    public String visit(String petId, Optional<String> concern) {
        return "Visit " + petId + concern.map(c -> ": " + c).orElse("");
    }

    /**
     * A resource template, as the sample's pet profile.
     *
     * @param petId the pet
     * @return its text
     */
    @McpResource(uri = "test://pets/{petId}", mimeType = "text/plain")
    public String pet(long petId) {
        return "pet " + petId;
    }

    /**
     * A static resource.
     *
     * @return its text
     */
    @McpResource(uri = "test://hours", mimeType = "text/plain")
    public String hours() {
        return "9-5";
    }

    /**
     * Completes pet ids.
     *
     * @param prefix what the user typed
     * @return matching ids
     */
    @McpCompletion(prompt = "visit", argument = "petId")
    public List<String> petIds(String prefix) {
        return List.of("1", "2", "12").stream().filter(s -> s.startsWith(prefix)).toList();
    }
}
