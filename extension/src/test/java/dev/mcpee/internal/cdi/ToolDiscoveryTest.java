package dev.mcpee.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.model.Catalog;
import dev.mcpee.internal.model.ToolDefinition;
import dev.mcpee.internal.security.ToolSecurity;
import jakarta.json.JsonObject;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the extension records about each tool: names, descriptors and security rules. */
class ToolDiscoveryTest {

    private static WeldContainer container;
    private static Catalog<ToolDefinition> registry;

    @BeforeAll
    static void deploy() {
        container = WeldDeployment.start(SampleTools.Calculator.class, SampleTools.PerCall.class);
        registry = container.select(McpExtension.class).get().registry();
    }

    @AfterAll
    static void stop() {
        container.close();
    }

    @Test
    void toolsAreListedInNameOrder() {
        assertEquals(java.util.List.of("add", "boom", "closed", "custom", "greet", "guarded", "later", "laterFailing",
                "media", "names", "nothing", "open", "per.call", "pet", "refuse"),
                registry.all().stream().map(t -> t.name()).toList());
    }

    @Test
    void classScopeAppliesUnlessTheMethodSaysOtherwise() {
        assertEquals(new ToolSecurity(false, Set.of(), Set.of("read")), registry.find("add").security());
        assertEquals(new ToolSecurity(false, Set.of("staff"), Set.of("a", "b")), registry.find("guarded").security());
        assertEquals(new ToolSecurity(false, Set.of(), Set.of()), registry.find("open").security(),
                "@PermitAll on the method lifts the class scope");
        assertEquals(new ToolSecurity(true, Set.of(), Set.of("read")), registry.find("closed").security());
        assertEquals(new ToolSecurity(false, Set.of("pet_owner", "vet_staff"), Set.of()),
                registry.find("per.call").security());
    }

    @Test
    void descriptorCarriesSchemaAndHints() {
        JsonObject add = registry.find("add").descriptor();
        assertEquals("Adds two numbers", add.getString("description"));
        assertEquals(Json.parse("{\"readOnlyHint\":true,\"openWorldHint\":true}"), add.get("annotations"),
                "destructive and idempotent hints only for tools that are not read-only");
        assertEquals(Json.parse("{\"readOnlyHint\":false,\"destructiveHint\":true,\"idempotentHint\":false,"
                + "\"openWorldHint\":true}"), registry.find("pet").descriptor().get("annotations"));
        JsonObject input = add.getJsonObject("inputSchema");
        assertEquals("object", input.getString("type"));
        assertEquals(Json.parse("[\"a\"]"), input.get("required"), "b has a default");
        assertEquals(Json.parse("1"), input.getJsonObject("properties").getJsonObject("b").get("default"));
        assertFalse(add.containsKey("outputSchema"), "int results are text");
    }

    @Test
    void structuredResultsPublishAnOutputSchema() {
        JsonObject pet = registry.find("pet").descriptor().getJsonObject("outputSchema");
        assertEquals("object", pet.getString("type"));
        assertTrue(pet.getJsonObject("properties").containsKey("name"));
        JsonObject names = registry.find("names").descriptor().getJsonObject("outputSchema");
        assertEquals(Json.parse("[\"result\"]"), names.get("required"));
        assertEquals("array", names.getJsonObject("properties").getJsonObject("result").getString("type"));
    }
}
