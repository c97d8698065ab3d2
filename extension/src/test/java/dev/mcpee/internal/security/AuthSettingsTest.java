package dev.mcpee.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.mcpee.internal.problem.Problem;
import dev.mcpee.internal.problem.Problems;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code mcp.auth.*} keys this class reads beyond the basics: the listing policy and the roles claims. */
class AuthSettingsTest {

    private static AuthSettings read(Problems problems, String... keyValues) {
        Map<String, String> values = new HashMap<>(Map.of("mcp.auth.issuer", "https://auth.example/oidc",
                "mcp.auth.resource", "https://mcp.example/mcp"));
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return AuthSettings.read(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 100)).build(), problems);
    }

    @Test
    void defaults() {
        Problems problems = new Problems();
        AuthSettings s = read(problems);
        assertEquals(List.of(), problems.list());
        assertEquals(Listing.REACHABLE, s.listing());
        assertEquals(List.of("groups"), s.rolesClaims());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "mcp.auth.list-tools, reachable, REACHABLE",
        "mcp.auth.list-tools, CALLABLE, CALLABLE",
        "mcp.auth.list-tools, all, ALL",
        // The older boolean key keeps meaning what it meant.
        "mcp.auth.list-all-tools, true, ALL",
        "mcp.auth.list-all-tools, false, CALLABLE"
    })
    void listing(String key, String value, Listing expected) {
        Problems problems = new Problems();
        assertEquals(expected, read(problems, key, value).listing());
        assertEquals(List.of(), problems.list());
    }

    @Test
    void unknownListingIsMcpee116() {
        Problems problems = new Problems();
        read(problems, "mcp.auth.list-tools", "visible");
        assertEquals(List.of("MCPEE116"), problems.list().stream().map(Problem::id).toList());
    }

    @Test
    void bothListingKeysAreMcpee117() {
        Problems problems = new Problems();
        read(problems, "mcp.auth.list-tools", "all", "mcp.auth.list-all-tools", "true");
        assertEquals(List.of("MCPEE117"), problems.list().stream().map(Problem::id).toList());
    }

    @Test
    void severalRolesClaims() {
        Problems problems = new Problems();
        assertEquals(List.of("roles", "groups"), read(problems, "mcp.auth.roles-claim", "roles, groups").rolesClaims());
        assertEquals(List.of(), problems.list());
    }
}
