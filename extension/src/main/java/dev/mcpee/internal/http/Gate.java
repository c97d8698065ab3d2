package dev.mcpee.internal.http;

import java.util.function.Consumer;

import dev.mcpee.internal.config.OriginPolicy;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.observe.Decision;
import dev.mcpee.internal.observe.Exchange;
import dev.mcpee.internal.observe.Identity;
import dev.mcpee.internal.security.Authenticator;
import dev.mcpee.internal.security.TokenCaller;
import jakarta.json.JsonValue;

/**
 * What every request passes first, in this order: the browser origin (DNS rebinding), then the token. A refusal
 * ends the request's exchange with its reason; an admitted caller is recorded on it.
 */
final class Gate {

    /**
     * The outcome.
     *
     * @param caller  the verified caller, or null when refused
     * @param refusal the answer when refused, or null
     */
    record Admission(TokenCaller caller, HttpReply refusal) {
    }

    private final OriginPolicy origins;
    private final Authenticator authenticator;
    private final AuthReplies authReplies;
    private final Consumer<TokenCaller> admitted;

    Gate(OriginPolicy origins, Authenticator authenticator, AuthReplies authReplies, Consumer<TokenCaller> admitted) {
        this.origins = origins;
        this.authenticator = authenticator;
        this.authReplies = authReplies;
        this.admitted = admitted;
    }

    Admission admit(StreamableHttp.Headers headers, Exchange exchange) {
        if (!origins.allows(headers.get("Origin"))) {
            exchange.refused(Decision.ORIGIN, "Origin " + RequestHeaders.printable(headers.get("Origin")), 403);
            return new Admission(null, HttpReply.error(403, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                    "Origin not allowed"));
        }
        Authenticator.Result auth = authenticator.authenticate(headers.get("Authorization"));
        if (!(auth instanceof Authenticator.Authenticated authenticated)) {
            HttpReply reply = authReplies.unauthorized(auth);
            if (auth instanceof Authenticator.Invalid invalid) {
                exchange.refused(Decision.INVALID_TOKEN, invalid.description(), reply.status());
            } else {
                exchange.refused(Decision.UNAUTHENTICATED, "no access token", reply.status());
            }
            return new Admission(null, reply);
        }
        TokenCaller caller = authenticated.caller();
        exchange.caller(new Identity(caller.issuer(), caller.subject(), caller.claim("azp")
                .or(() -> caller.claim("client_id")).orElse(null)));
        admitted.accept(caller);
        return new Admission(caller, null);
    }
}
