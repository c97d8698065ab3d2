package dev.mcpee.sample.orgadmin.standin;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stand-in's token endpoint (RFC 6749 section 4.4, client credentials) and the opaque tokens it issued.
 * Tokens are random strings looked up here, as WSO2's default opaque tokens are introspected by the server:
 * nothing outside the stand-in can read a scope out of them.
 */
final class StandInTokens {

    /** The Management API scopes the stand-in grants; WSO2 drops unknown requested scopes silently, so does this. */
    static final Set<String> KNOWN_SCOPES = Set.of(
            "internal_application_mgt_view", "internal_application_mgt_create", "internal_application_mgt_update",
            "internal_application_mgt_delete", "internal_api_resource_view", "internal_api_resource_create",
            "internal_api_resource_update", "internal_authenticator_view", "internal_idp_view", "internal_claim_meta_view",
            "internal_user_mgt_create", "internal_user_mgt_view", "internal_user_mgt_list");

    /** A token issued: what it grants and until when. */
    record Token(String value, Instant expires, Set<String> scopes) {
    }

    private static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(3600);
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Token> tokens = new HashMap<>();
    private final Set<String> withheld = new LinkedHashSet<>();
    private Duration lifetime = DEFAULT_LIFETIME;
    private int issued;

    /** Forgets every token and restores the default lifetime and scopes. */
    void reset() {
        tokens.clear();
        withheld.clear();
        lifetime = DEFAULT_LIFETIME;
        issued = 0;
    }

    /** Tokens issued since the last reset. */
    int issued() {
        return issued;
    }

    /** Makes every token issued so far unusable. */
    void revokeAll() {
        tokens.clear();
    }

    /** The lifetime of tokens issued next. */
    void lifetime(Duration next) {
        lifetime = next;
    }

    /** Tokens issued next lack this scope. */
    void withhold(String scope) {
        withheld.add(scope);
    }

    /** Answers a token request: {@code POST {base}/oauth2/token}. */
    StandInResponse issue(StandInRequest request) {
        if (!"POST".equals(request.method())) {
            return StandInResponse.json(405, oauthError("invalid_request", "The token endpoint takes POST"));
        }
        Map<String, List<String>> form = StandInRequest.form(request.body());
        if (!authenticated(request.header("Authorization"), form)) {
            return StandInResponse.json(401, oauthError("invalid_client", "Client authentication failed"))
                    .with("WWW-Authenticate", "Basic realm=\"standin\"");
        }
        if (!"client_credentials".equals(first(form, "grant_type"))) {
            return StandInResponse.json(400, oauthError("unsupported_grant_type",
                    "The stand-in issues client_credentials tokens only"));
        }
        Set<String> granted = new LinkedHashSet<>();
        String requested = first(form, "scope");
        for (String scope : requested == null ? new String[0] : requested.trim().split("\\s+")) {
            if (KNOWN_SCOPES.contains(scope) && !withheld.contains(scope)) {
                granted.add(scope);
            }
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        Token token = new Token(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                Instant.now().plus(lifetime), Set.copyOf(granted));
        tokens.put(token.value(), token);
        issued++;
        return StandInResponse.json(200, Json.createObjectBuilder().add("access_token", token.value())
                .add("token_type", "Bearer").add("expires_in", lifetime.toSeconds())
                .add("scope", String.join(" ", granted)).build()).with("Cache-Control", "no-store");
    }

    /** The issued, unexpired, unrevoked token an {@code Authorization: Bearer} header carries, or null. */
    Token valid(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        Token token = tokens.get(authorization.substring(7).strip());
        return token == null || !Instant.now().isBefore(token.expires()) ? null : token;
    }

    // HTTP Basic (client_secret_basic) as the server sends it; the form's client_secret_post as RFC 6749 allows.
    private static boolean authenticated(String authorization, Map<String, List<String>> form) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                return (ManagementApiStandIn.CLIENT_ID + ":" + ManagementApiStandIn.CLIENT_SECRET).equals(pair);
            } catch (IllegalArgumentException notBase64) {
                return false;
            }
        }
        return ManagementApiStandIn.CLIENT_ID.equals(first(form, "client_id"))
                && ManagementApiStandIn.CLIENT_SECRET.equals(first(form, "client_secret"));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static jakarta.json.JsonObject oauthError(String error, String description) {
        return Json.createObjectBuilder().add("error", error).add("error_description", description).build();
    }
}
