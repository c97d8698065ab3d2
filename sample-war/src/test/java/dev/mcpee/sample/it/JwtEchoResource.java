package dev.mcpee.sample.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Echoes what the container's MicroProfile JWT made of the request's token. */
@Path("")
@RequestScoped
@RolesAllowed("vet_staff")
public class JwtEchoResource {

    @Inject
    JsonWebToken jwt;

    @GET
    @Produces("text/plain")
    public String who() {
        return jwt.getSubject() + "|" + jwt.getIssuer();
    }
}
