package dev.mcpee.sample.orgadmin.management;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** WSO2's API Resource Management API ({@code /api/server/v1/api-resources}). */
@Path("/api-resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ApiResourcesApi {

    /**
     * Lists API resources.
     *
     * @param filter e.g. {@code name eq Orders API}, or null
     * @param limit  the most to return, or null
     * @param after  the cursor of the next page, or null
     * @return {@code totalResults}, {@code apiResources}, {@code links}
     */
    @GET
    JsonObject list(@QueryParam("filter") String filter, @QueryParam("limit") Integer limit,
                    @QueryParam("after") String after);

    /**
     * Reads an API resource with its scopes.
     *
     * @param id the API resource id
     * @return the API resource
     */
    @GET
    @Path("/{id}")
    JsonObject get(@PathParam("id") String id);

    /**
     * Creates an API resource.
     *
     * @param resource {@code name}, {@code identifier}, {@code requiresAuthorization}, {@code scopes}
     * @return the API resource
     */
    @POST
    JsonObject create(JsonObject resource);
}
