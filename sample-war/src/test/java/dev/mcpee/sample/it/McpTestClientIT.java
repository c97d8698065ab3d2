package dev.mcpee.sample.it;

import static dev.mcpee.test.TextCondition.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpee.test.McpTestClient;
import dev.mcpee.test.Revision;
import dev.mcpee.test.TestIssuer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The test client (module {@code mcp-ee-test}) on the sample, as an application team uses it for its own tools:
 * tokens from the client's test issuer, tools, prompts and resources under each revision, progress and log
 * messages, scope and role refusals, 401s. The first part is the example of docs/test-client.md, word for word
 * ({@link #theGuideShowsThisTest()} checks it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class McpTestClientIT {

    static final TestIssuer ISSUER = TestIssuer.start();
    static final String ENDPOINT = "http://localhost:" + System.getProperty("liberty.http.port", "19080")
            + "/testclient/mcp";

    @Deployment(testable = false)
    static WebArchive war() {
        // The WAR under test, trusting the test issuer: mcp.auth.issuer = ISSUER.issuer(), mcp.auth.resource =
        // ENDPOINT, and roles read from the claim "groups" (the default, which the test issuer fills).
        return SampleWar.archive("testclient", ISSUER.issuer(), SampleWar.LIBERTY,
                Map.of("mcp.auth.roles-claim", "groups"));
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @Test
    void ownersSeeTheirPetsAndNeedTheWriteScopeToChangeThem() {
        String token = ISSUER.token().subject("alice").roles("pet_owner").scopes("pet-profile:read")
                .audience(ENDPOINT).issue();
        try (McpTestClient client = McpTestClient.to(ENDPOINT).token(token).open()) {
            client.listTools().assertOk().assertListed("list_pets", "update_pet_profile");
            client.callTool("list_pets", Map.of()).assertOk()
                    .assertStructured("/result/0/name", "Rex")
                    .assertStructured("/result/1/name", "Misty");
            client.callTool("get_pet_profile", Map.of("petId", 3)).assertToolError()
                    .assertText(contains("No pet with id 3 among yours"));
            client.callTool("update_pet_profile", Map.of("petId", 1, "update", Map.of("breed", "Beagle")))
                    .assertForbidden("pet-profile:write");
        }
    }

    @Test
    void withoutATokenTheServerChallenges() {
        try (McpTestClient client = McpTestClient.to(ENDPOINT).open()) {
            client.listTools().assertUnauthorized();
        }
    }

    private static String staff(TestIssuer issuer, String endpoint) {
        return issuer.token().subject("vera").roles("vet_staff").scopes("pet-profile:read", "pet-profile:write")
                .audience(endpoint).issue();
    }

    /** Alice, a pet owner, with the read scope only. */
    private static String aliceReading(TestIssuer issuer, String endpoint) {
        return issuer.token().subject("alice").roles("pet_owner").scopes("pet-profile:read").audience(endpoint)
                .issue();
    }

    @ParameterizedTest
    @EnumSource(Revision.class)
    void toolsPromptsAndResourcesUnderEachRevision(Revision revision) {
        everything(ENDPOINT, ISSUER, revision);
    }

    /**
     * Tools, prompts and resources of the sample under a revision (also run on WildFly).
     *
     * @param endpoint the sample's endpoint, trusting the issuer with roles in {@code groups}
     * @param issuer   the test issuer
     * @param revision the revision
     */
    static void everything(String endpoint, TestIssuer issuer, Revision revision) {
        try (McpTestClient client = McpTestClient.to(endpoint).token(staff(issuer, endpoint)).revision(revision)
                .open()) {
            client.callTool("whoami", Map.of()).assertOk().assertStructured("/sub", "vera")
                    .assertStructured("/roles", List.of("vet_staff"));
            client.callTool("book_appointment", Map.of("petId", 1, "date", "2001-01-01")).assertToolError()
                    .assertText(contains("in the past"));
            client.callTool("no_such_tool", Map.of()).assertError(-32602);
            client.listPrompts().assertOk().assertListed("prepare_visit");
            client.getPrompt("prepare_visit", Map.of("petId", "2", "concern", "sneezing")).assertOk()
                    .assertText(contains("I am worried about: sneezing"));
            client.listResources().assertOk().assertListed("vetassist://clinic/hours");
            client.readResource("vetassist://pets/2").assertOk().assertText(contains("\"name\":\"Misty\""));
            // SEP-2164: 2026-07-28 answers an unknown resource with -32602, 2025 with -32002.
            client.readResource("vetassist://nothing").assertError(revision.stateless() ? -32602 : -32002);
            assertEquals(revision.stateless(), client.sessionId().isEmpty(), "a session only under 2025-x");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Revision.class, names = {"V2025_11_25", "V2026_07_28"})
    void progressAndLogMessagesComeBeforeTheResult(Revision revision) {
        try (McpTestClient client = McpTestClient.to(ENDPOINT).token(aliceReading(ISSUER, ENDPOINT))
                .revision(revision).open()) {
            client.withProgress().withLogLevel("info").callTool("vaccination_report", Map.of()).assertOk()
                    .assertNotified("notifications/progress", 2)
                    .assertNotified("notifications/message")
                    .assertText(contains("Rex: ")).assertText(contains("Misty: "));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Revision.class, names = {"V2025_11_25", "V2026_07_28"})
    void refusalsUnderEitherRevision(Revision revision) {
        refusals(ENDPOINT, ISSUER, revision);
    }

    /**
     * Scope, role and audience refusals under a revision (also run on WildFly).
     *
     * @param endpoint the sample's endpoint, trusting the issuer with roles in {@code groups}
     * @param issuer   the test issuer
     * @param revision the revision
     */
    static void refusals(String endpoint, TestIssuer issuer, Revision revision) {
        try (McpTestClient client = McpTestClient.to(endpoint).token(aliceReading(issuer, endpoint))
                .revision(revision).open()) {
            client.callTool("book_appointment", Map.of("petId", 1, "date", "2099-01-01"))
                    .assertForbidden("pet-profile:write");
        }
        String guest = issuer.token().subject("gus").roles("guest").scopes("pet-profile:read", "pet-profile:write")
                .audience(endpoint).issue();
        try (McpTestClient client = McpTestClient.to(endpoint).token(guest).revision(revision).open()) {
            client.listTools().assertOk().assertListed("whoami").assertNotListed("list_pets");
            client.callTool("list_pets", Map.of()).assertForbidden();
        }
        String otherAudience = issuer.token().subject("alice").roles("pet_owner").scopes("pet-profile:read")
                .audience("http://localhost/another/mcp").issue();
        try (McpTestClient client = McpTestClient.to(endpoint).token(otherAudience).revision(revision).open()) {
            client.listTools().assertUnauthorized();
        }
    }

    @Test
    void theGuideShowsThisTest() throws IOException {
        String guide = Files.readString(Path.of("../docs/test-client.md"));
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertTrue(block.find(), "docs/test-client.md has no java example");
        List<String> example = meaningful(block.group(1));
        // The example ends with the class's closing brace; this class goes on with more tests.
        example = example.subList(0, example.size() - 1);
        List<String> source = meaningful(Files.readString(
                Path.of("src/test/java/dev/mcpee/sample/it/McpTestClientIT.java")));
        assertTrue(Collections.indexOfSubList(source, example) >= 0,
                "The example of docs/test-client.md is no longer the code of McpTestClientIT (lines compared without"
                        + " indentation):\n" + String.join("\n", example));
    }

    /** The lines of code, stripped, without blank lines. */
    private static List<String> meaningful(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
