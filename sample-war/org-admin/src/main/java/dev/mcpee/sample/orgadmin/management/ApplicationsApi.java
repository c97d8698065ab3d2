package dev.mcpee.sample.orgadmin.management;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * WSO2's Application Management API ({@code /api/server/v1/applications}), the operations the tools use.
 * Payloads stay JSON objects: the tools read a few fields of large models, and the organization's answers carry
 * fields newer than any generated model would know.
 */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ApplicationsApi {

    /**
     * Lists applications.
     *
     * @param limit      the most to return
     * @param offset     how many to skip
     * @param filter     e.g. {@code name eq Pet Portal}, or null
     * @param attributes extra attributes to include, e.g. {@code clientId,templateId}
     * @return {@code totalResults}, {@code applications}, ...
     */
    @GET
    JsonObject list(@QueryParam("limit") int limit, @QueryParam("offset") int offset,
                    @QueryParam("filter") String filter, @QueryParam("attributes") String attributes,
                    @QueryParam("excludeSystemPortals") boolean excludeSystemPortals);

    /**
     * Registers an application.
     *
     * @param application the application model
     * @return 201 with the new application's URL in {@code Location}
     */
    @POST
    Response create(JsonObject application);

    /**
     * Reads an application.
     *
     * @param id the application id
     * @return the application
     */
    @GET
    @Path("/{id}")
    JsonObject get(@PathParam("id") String id);

    /**
     * Changes some of an application's fields.
     *
     * @param id    the application id
     * @param patch the fields to change
     */
    @PATCH
    @Path("/{id}")
    void patch(@PathParam("id") String id, JsonObject patch);

    /**
     * Reads an application's OpenID Connect configuration (client id and secret included).
     *
     * @param id the application id
     * @return the configuration
     */
    @GET
    @Path("/{id}/inbound-protocols/oidc")
    JsonObject oidc(@PathParam("id") String id);

    /**
     * Replaces an application's OpenID Connect configuration.
     *
     * @param id     the application id
     * @param config the whole configuration
     */
    @PUT
    @Path("/{id}/inbound-protocols/oidc")
    void replaceOidc(@PathParam("id") String id, JsonObject config);

    /**
     * The API resources an application is authorized for.
     *
     * @param id the application id
     * @return the authorized APIs with their scopes
     */
    @GET
    @Path("/{id}/authorized-apis")
    JsonArray authorizedApis(@PathParam("id") String id);

    /**
     * Authorizes an application for an API resource.
     *
     * @param id            the application id
     * @param authorization {@code id} (the API resource), {@code policyIdentifier}, {@code scopes}
     */
    @POST
    @Path("/{id}/authorized-apis")
    void authorizeApi(@PathParam("id") String id, JsonObject authorization);
}
