package dev.mcpee.internal.http;

import java.util.Set;

import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.observe.Decision;
import dev.mcpee.internal.observe.Exchange;
import dev.mcpee.internal.security.AccessRule;
import dev.mcpee.internal.security.Authenticator;
import dev.mcpee.internal.security.Challenge;
import jakarta.json.JsonValue;

/**
 * The endpoint's 401 and 403 answers: the status, the exact {@code WWW-Authenticate} challenge the MCP
 * authorization spec asks for, and a short JSON body that never echoes the token.
 */
final class AuthReplies {

    private final String metadataUrl;
    private final Set<String> challengeScopes;
    private final String missingChallenge;
    private final byte[] missingBody;

    /**
     * Creates the replies.
     *
     * @param metadataUrl     the protected resource metadata URL, or null without an authorization server
     * @param challengeScopes the scope of challenges not tied to a tool
     */
    AuthReplies(String metadataUrl, Set<String> challengeScopes) {
        this.metadataUrl = metadataUrl;
        this.challengeScopes = challengeScopes;
        this.missingChallenge = challenge(null, null);
        this.missingBody = body(null, null);
    }

    /** 401 with the challenge MCP clients use to discover the authorization server. */
    HttpReply unauthorized(Authenticator.Result auth) {
        String description = auth instanceof Authenticator.Invalid invalid ? invalid.description() : null;
        if (description == null) {
            // No token: every client's first request, and scanners'. Its reply never changes.
            return unauthorized(missingChallenge, missingBody);
        }
        return unauthorized(challenge("invalid_token", description), body("invalid_token", description));
    }

    private static HttpReply unauthorized(String challenge, byte[] body) {
        return HttpReply.bytes(401, HttpReply.JSON, body).with("WWW-Authenticate", challenge);
    }

    private String challenge(String error, String description) {
        return metadataUrl != null ? Challenge.unauthorized(metadataUrl, challengeScopes, error, description)
                : "Bearer" + (error == null ? "" : " error=\"" + error + "\"");
    }

    private static byte[] body(String error, String description) {
        return Json.bytes(Json.object().add("error", error == null ? "unauthorized" : error)
                .add("error_description", description == null ? "An access token is required" : description)
                .build());
    }

    /**
     * 401 / 403 for a call the caller may not make, and the exchange ended with the decision.
     *
     * @param decision the decision
     * @param id       the request's id
     * @param exchange the request's exchange
     * @return the reply
     */
    HttpReply refused(AccessRule.Decision decision, JsonValue id, Exchange exchange) {
        HttpReply reply = refused(decision, id);
        if (reply.status() == 403 && !(decision instanceof AccessRule.InsufficientScope && metadataUrl != null)) {
            // A role, @DenyAll, or scopes asked for where no authorization server could grant them.
            exchange.refused(Decision.FORBIDDEN, decision instanceof AccessRule.Refused r ? r.reason()
                    : "no authorization server configured", reply.status());
        } else if (decision instanceof AccessRule.Unauthenticated u) {
            exchange.refused(Decision.UNAUTHENTICATED, u.scopes().isEmpty() ? "no access token"
                    : "no access token; needs " + String.join(" ", u.scopes()), reply.status());
        } else if (decision instanceof AccessRule.InsufficientScope scope) {
            exchange.refused(Decision.INSUFFICIENT_SCOPE, "needs " + String.join(" ", scope.scopes()),
                    reply.status());
        } else {
            exchange.refused(Decision.FORBIDDEN, decision instanceof AccessRule.Refused r ? r.reason()
                    : "no authorization server configured", reply.status());
        }
        return reply;
    }

    /** 401 / 403 for a call the caller may not make, decided before anything runs or streams. */
    private HttpReply refused(AccessRule.Decision decision, JsonValue id) {
        if (decision instanceof AccessRule.Unauthenticated u && metadataUrl != null) {
            return HttpReply.error(401, id, JsonRpcError.INVALID_REQUEST, "An access token is required").with("WWW-Authenticate", Challenge.unauthorized(metadataUrl,
                            u.scopes().isEmpty() ? challengeScopes : u.scopes(), null, null));
        }
        if (decision instanceof AccessRule.InsufficientScope s && metadataUrl != null) {
            return HttpReply.error(403, id, JsonRpcError.INVALID_REQUEST,
                            "Insufficient scope: this tool needs " + String.join(" ", s.scopes())).with("WWW-Authenticate", Challenge.insufficientScope(metadataUrl, s.scopes()));
        }
        String reason = decision instanceof AccessRule.Refused r ? r.reason()
                : "This tool needs an authorization server, and none is configured";
        return HttpReply.error(403, id, JsonRpcError.INVALID_REQUEST, reason);
    }
}
