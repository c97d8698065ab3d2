package dev.mcpee.sample.orgadmin.management;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The organization's SCIM 2.0 Users endpoint ({@code /scim2/Users}, RFC 7644). */
@Path("/Users")
public interface ScimUsersApi {

    /** SCIM's media type (RFC 7644 section 3.1). */
    String SCIM_JSON = "application/scim+json";

    /**
     * Creates a user.
     *
     * @param user the SCIM user resource
     * @return the created user, with its {@code id}
     */
    @POST
    @Consumes(SCIM_JSON)
    @Produces({SCIM_JSON, "application/json"})
    JsonObject create(JsonObject user);
}
