package dev.mcpee.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import dev.mcpee.internal.jsonrpc.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision matrix: (tool rule) x (caller) -> allow / 401 / 403, without a container. */
class AccessRuleTest {

    private static Set<String> set(String s) {
        return s == null || s.isBlank() ? Set.of() : Set.of(s.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // case | denyAll | roles | scopes | authenticated | caller scopes | caller roles | expected
        "open tool, anonymous           | false | -              | -     | false | -     | -          | Allow",
        "open tool, authenticated       | false | -              | -     | true  | -     | -          | Allow",
        "scoped tool, anonymous         | false | -              | r     | false | -     | -          | Unauthenticated:r",
        "role tool, anonymous           | false | staff          | -     | false | -     | -          | Unauthenticated:",
        "scope held                     | false | -              | r     | true  | r w   | -          | Allow",
        "scope missing                  | false | -              | r w   | true  | r     | -          | InsufficientScope:r w",
        "role held                      | false | owner staff    | r     | true  | r     | staff      | Allow",
        "role missing                   | false | owner staff    | r     | true  | r     | guest      | Refused",
        "scope checked before role      | false | staff          | r w   | true  | r     | guest      | InsufficientScope:r w",
        "deny all, even with everything | true  | -              | -     | true  | r w   | staff      | Refused",
        "deny all, anonymous            | true  | -              | -     | false | -     | -          | Refused"
    })
    void decides(String name, boolean denyAll, String roles, String scopes, boolean authenticated, String callerScopes,
                 String callerRoles, String expected) {
        ToolSecurity rule = new ToolSecurity(denyAll, set(roles), set(scopes));
        TokenCaller caller = authenticated ? new TokenCaller(true, "iss", "sub", set(callerScopes), set(callerRoles),
                Json.object().build(), 0) : TokenCaller.ANONYMOUS;
        AccessRule.Decision d = AccessRule.decide(rule, caller);
        String actual = d.getClass().getSimpleName();
        if (d instanceof AccessRule.Unauthenticated u) {
            actual += ":" + String.join(" ", u.scopes().stream().sorted().toList());
        }
        if (d instanceof AccessRule.InsufficientScope s) {
            actual += ":" + String.join(" ", s.scopes().stream().sorted().toList());
        }
        assertEquals(expected.strip(), actual);
        assertEquals(d instanceof AccessRule.Allow, AccessRule.visible(rule, caller), "tools/list shows what is allowed");
    }
}
