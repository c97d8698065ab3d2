package dev.mcpee.sample.orgadmin.management;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Puts the server's own M2M token on every Management API request, replacing any {@code Authorization} header:
 * no caller's token can reach the organization through these clients.
 */
final class M2mBearer implements ClientRequestFilter {

    private final M2mTokens tokens;

    M2mBearer(M2mTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.token());
    }
}
