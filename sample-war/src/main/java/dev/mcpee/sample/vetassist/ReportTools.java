package dev.mcpee.sample.vetassist;

import java.util.Comparator;
import java.util.List;

import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A longer-running tool that reports progress and logs to the client while it works. */
@ApplicationScoped
@RequiresScope("pet-profile:read")
@RolesAllowed({"pet_owner", "vet_staff"})
public class ReportTools {

    @Inject
    ClinicRecords records;

    @Inject
    CallerAccess callerAccess;

    /**
     * A vaccination report over the caller's pets (every pet for vet staff), one progress step per pet.
     *
     * @param call the call, for progress, logging and cancellation
     * @return the report, one line per pet
     */
    @McpTool(name = "vaccination_report", title = "Vaccination report", readOnlyHint = true, openWorldHint = false,
            description = "Lists the next vaccination of each of your pets, reporting progress pet by pet.")
    public String vaccinationReport(McpContext call) {
        Access access = callerAccess.current();
        List<PetSummary> pets = records.pets(access, null);
        StringBuilder report = new StringBuilder();
        int done = 0;
        for (PetSummary summary : pets) {
            if (call.cancelled()) {
                return report.append("(cancelled)").toString();
            }
            Pet pet = records.pet(access, summary.id()).orElseThrow();
            report.append(pet.name()).append(": ").append(pet.vaccinations().stream()
                    .min(Comparator.comparing(Vaccination::dueDate))
                    .map(v -> v.vaccine() + " due " + v.dueDate()).orElse("no vaccination on record")).append('\n');
            call.progress(++done, (double) pets.size(), pet.name());
        }
        call.log(McpContext.Level.INFO, "vetassist.report", "vaccination report over " + pets.size() + " pet(s)");
        return report.toString();
    }
}
