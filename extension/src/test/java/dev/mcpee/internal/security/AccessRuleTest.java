package dev.mcpee.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import dev.mcpee.internal.jsonrpc.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision matrix: (tool rule) x (caller) -> allow / 401 / 403, and what each listing shows, without a container. */
class AccessRuleTest {

    private static Set<String> set(String s) {
        return s == null || s.isBlank() ? Set.of() : Set.of(s.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // case | denyAll | roles | scopes | authenticated | caller scopes | caller roles | expected | reachable
        "open tool, anonymous           | false | -              | -     | false | -     | -          | Allow | true",
        "open tool, authenticated       | false | -              | -     | true  | -     | -          | Allow | true",
        "scoped tool, anonymous         | false | -              | r     | false | -     | -          | Unauthenticated:r | true",
        "role tool, anonymous           | false | staff          | -     | false | -     | -          | Unauthenticated: | false",
        "scope held                     | false | -              | r     | true  | r w   | -          | Allow | true",
        "scope missing                  | false | -              | r w   | true  | r     | -          | InsufficientScope:r w | true",
        "role held                      | false | owner staff    | r     | true  | r     | staff      | Allow | true",
        "role held, scope missing       | false | staff          | r w   | true  | r     | staff      | InsufficientScope:r w | true",
        "role missing                   | false | owner staff    | r     | true  | r     | guest      | Refused | false",
        "scope checked before role      | false | staff          | r w   | true  | r     | guest      | InsufficientScope:r w | false",
        "deny all, even with everything | true  | -              | -     | true  | r w   | staff      | Refused | false",
        "deny all, anonymous            | true  | -              | -     | false | -     | -          | Refused | false"
    })
    void decides(String name, boolean denyAll, String roles, String scopes, boolean authenticated, String callerScopes,
                 String callerRoles, String expected, boolean reachable) {
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
        // The default listing: a missing scope can be asked for (step-up), a missing role or @DenyAll cannot.
        assertEquals(reachable, AccessRule.reachable(rule, caller), "listed when reachable");
    }
}
