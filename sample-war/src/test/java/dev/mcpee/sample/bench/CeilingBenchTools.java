package dev.mcpee.sample.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.mcpee.sample.vetassist.Access;
import dev.mcpee.sample.vetassist.ClinicRecords;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * What the ceiling calls in the benchmark's sample WAR: the echo tools of {@link EchoTools} (the same pool for
 * the asynchronous one) and the sample's pet profile, read through the same {@link ClinicRecords} transaction
 * mcp-ee's {@code get_pet_profile} uses, with the same scope and role check.
 */
@ApplicationScoped
public class CeilingBenchTools implements CeilingToolSet {

    @Inject
    EchoTools echoTools;

    @Inject
    ClinicRecords records;

    private final Jsonb jsonb = JsonbBuilder.create();

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }

    /** A tool from a name and a synchronous body. */
    private record Sync(String name, boolean progress, java.util.function.BiFunction<JsonObject,
            CeilingTokens.Claims, String> body) implements CeilingTool {
        @Override
        public CompletionStage<String> call(JsonObject arguments, CeilingTokens.Claims caller) {
            return CompletableFuture.completedFuture(body.apply(arguments, caller));
        }
    }

    @Override
    public List<CeilingTool> tools() {
        return List.of(
                new Sync("echo", false, (a, c) -> CeilingExchange.textResult(a.getString("text"))),
                new Sync("echoStructured", false, (a, c) -> CeilingExchange.structuredResult(
                        jsonb.toJson(EchoTools.echoed(a.getString("text"))))),
                new Sync("echoWithProgress", true, (a, c) -> CeilingExchange.textResult(a.getString("text"))),
                new CeilingTool() {
                    @Override
                    public String name() {
                        return "echoAsync";
                    }

                    @Override
                    public CompletionStage<String> call(JsonObject arguments, CeilingTokens.Claims caller) {
                        String text = arguments.getString("text");
                        return CompletableFuture.supplyAsync(() -> CeilingExchange.textResult(text), echoTools.pool());
                    }
                },
                new Sync("get_pet_profile", false, this::petProfile));
    }

    private String petProfile(JsonObject arguments, CeilingTokens.Claims caller) {
        boolean staff = caller.roles().contains(Access.STAFF_ROLE);
        if (!caller.scopes().contains("pet-profile:read") || !(staff || caller.roles().contains(Access.OWNER_ROLE))) {
            return "{\"content\":[{\"type\":\"text\",\"text\":\"forbidden\"}],\"isError\":true}";
        }
        long id = CeilingExchange.number(arguments, "petId");
        return records.pet(new Access(caller.subject(), staff), id)
                .map(pet -> CeilingExchange.structuredResult(jsonb.toJson(pet)))
                .orElse("{\"content\":[{\"type\":\"text\",\"text\":\"No pet " + id + "\"}],\"isError\":true}");
    }

    @Override
    public List<JsonObject> definitions() {
        return List.of();
    }
}
