package dev.mcpee.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChallengeTest {

    @Test
    void aBearerChallengeWithQuotedParameters() {
        Challenge c = Challenge.bearer(List.of("Bearer error=\"insufficient_scope\", scope=\"pet-profile:read"
                + " pet-profile:write\", resource_metadata=\"http://h/.well-known/oauth-protected-resource/mcp\""))
                .orElseThrow();
        assertEquals("insufficient_scope", c.param("error").orElseThrow());
        assertEquals(List.of("pet-profile:read", "pet-profile:write"), c.scopes());
        assertEquals(Optional.of("http://h/.well-known/oauth-protected-resource/mcp"), c.param("Resource_Metadata"));
    }

    @Test
    void escapesTokensAndSpacingAsRfc9110AllowsThem() {
        Challenge c = Challenge.parse(List.of("bearer  realm = \"a \\\"b\\\" c\" ,error=invalid_token,,"
                + " error_description=\"x, y\"")).get(0);
        assertEquals("bearer", c.scheme());
        assertEquals(Map.of("realm", "a \"b\" c", "error", "invalid_token", "error_description", "x, y"), c.params());
    }

    @Test
    void severalChallengesInOneValueOrSeveralValues() {
        List<Challenge> all = Challenge.parse(List.of("Basic realm=\"r\", Bearer scope=\"a\"",
                "DPoP algs=\"ES256\""));
        assertEquals(List.of("Basic", "Bearer", "DPoP"), all.stream().map(Challenge::scheme).toList());
        assertEquals(List.of("a"), Challenge.bearer(List.of("Basic realm=\"r\", Bearer scope=\"a\"")).orElseThrow()
                .scopes());
    }

    @Test
    void aToken68IsSkippedAndAChallengeWithoutParametersIsKept() {
        List<Challenge> all = Challenge.parse(List.of("Negotiate dG9rZW4=, Bearer"));
        assertEquals(List.of("Negotiate", "Bearer"), all.stream().map(Challenge::scheme).toList());
        assertTrue(all.get(1).params().isEmpty());
        assertEquals(List.of(), all.get(1).scopes());
    }

    @Test
    void anEmptyQuotedValueIsAValue() {
        assertEquals(Optional.of(""), Challenge.parse(List.of("Bearer scope=\"\", error=\"e\"")).get(0)
                .param("scope"));
    }

    @Test
    void noChallengeNoBearer() {
        assertEquals(Optional.empty(), Challenge.bearer(List.of()));
        assertEquals(Optional.empty(), Challenge.bearer(List.of("Basic realm=\"x\"")));
    }
}
