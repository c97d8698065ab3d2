package dev.mcpee.sample.orgadmin.management;

import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * What the organization offers to build on: its authenticators ({@code /api/server/v1/authenticators}) and its
 * local claim dictionary ({@code /api/server/v1/claim-dialects/local/claims}).
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
     * The local claims.
     *
     * @param excludeHidden leave out claims hidden from applications
     * @return the claims
     */
    @GET
    @Path("claim-dialects/local/claims")
    JsonArray localClaims(@QueryParam("exclude-hidden-claims") boolean excludeHidden);
}
