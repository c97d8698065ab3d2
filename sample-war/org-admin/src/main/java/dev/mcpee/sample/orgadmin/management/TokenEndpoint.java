package dev.mcpee.sample.orgadmin.management;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;

/** The organization's OAuth 2.0 token endpoint (RFC 6749 section 4.4, client credentials). */
public interface TokenEndpoint {

    /**
     * Asks for an access token.
     *
     * @param authorization {@code Basic} with the client id and secret
     * @param form          {@code grant_type=client_credentials} and {@code scope}
     * @return {@code access_token}, {@code token_type}, {@code expires_in}, {@code scope}
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject token(@HeaderParam("Authorization") String authorization, Form form);
}
