package dev.mcpee.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ChallengeTest {

    private static final String MD = "https://mcp.example/vetassist/.well-known/oauth-protected-resource/mcp";

    @Test
    void unauthorizedWithoutToken() {
        assertEquals("Bearer resource_metadata=\"" + MD + "\", scope=\"pet-profile:read\"",
                Challenge.unauthorized(MD, Set.of("pet-profile:read"), null, null));
    }

    @Test
    void unauthorizedWithInvalidTokenKeepsMetadataAndScopeFirst() {
        assertEquals("Bearer resource_metadata=\"" + MD + "\", scope=\"a b\", error=\"invalid_token\","
                        + " error_description=\"The token has expired\"",
                Challenge.unauthorized(MD, new LinkedHashSet<>(List.of("a", "b")), "invalid_token",
                        "The token has expired"));
    }

    @Test
    void noScopeParameterWhenThereIsNone() {
        assertEquals("Bearer resource_metadata=\"" + MD + "\"", Challenge.unauthorized(MD, Set.of(), null, null));
    }

    @Test
    void descriptionsCannotBreakTheHeader() {
        assertEquals("Bearer resource_metadata=\"" + MD + "\", error=\"invalid_token\", error_description=\"a b c \"",
                Challenge.unauthorized(MD, Set.of(), "invalid_token", "a\"b\\c\n"));
    }

    @Test
    void insufficientScopeListsEveryNeededScope() {
        assertEquals("Bearer error=\"insufficient_scope\", scope=\"pet-profile:read pet-profile:write\","
                        + " resource_metadata=\"" + MD + "\"",
                Challenge.insufficientScope(MD, new LinkedHashSet<>(List.of("pet-profile:read", "pet-profile:write"))));
    }
}
