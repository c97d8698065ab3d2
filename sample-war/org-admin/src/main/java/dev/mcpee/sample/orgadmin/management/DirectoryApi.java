package dev.mcpee.sample.orgadmin.management;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * What the organization offers to build on: its authenticators ({@code /api/server/v1/authenticators}), what
 * each connection offers ({@code /api/server/v1/identity-providers/{id}/federated-authenticators}) and its local
 * claim dictionary ({@code /api/server/v1/claim-dialects/local/claims}).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryApi {

    /**
     * The authenticators: local ones (password, passkey, OTPs...) and connections (e.g. Google).
     *
     * @return {@code id}, {@code name}, {@code displayName}, {@code type} (LOCAL or FEDERATED), {@code isEnabled}
     */
    @GET
    @Path("authenticators")
    JsonArray authenticators();

    /**
     * The authenticators of one connection: the names a login flow's step must use for it.
     *
     * @param connectionId the connection's id, as {@link #authenticators()} gives it
     * @return {@code defaultAuthenticatorId} and {@code authenticators} ({@code authenticatorId}, {@code name},
     *         {@code isEnabled})
     */
    @GET
    @Path("identity-providers/{id}/federated-authenticators")
    JsonObject federatedAuthenticators(@PathParam("id") String connectionId);

    /**
     * The local claims.
     *
     * @param excludeHidden leave out claims hidden from applications
     * @return the claims
     */
    @GET
    @Path("claim-dialects/local/claims")
    JsonArray localClaims(@QueryParam("exclude-hidden-claims") boolean excludeHidden);
}
