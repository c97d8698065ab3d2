package dev.mcpee.sample.orgadmin.management;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every Management API answer of status 400 or above into a {@link ManagementApiException} carrying
 * WSO2's error code and description, read from the body when it is WSO2's JSON error shape.
 */
public class ManagementErrors implements ResponseExceptionMapper<ManagementApiException> {

    @Override
    public ManagementApiException toThrowable(Response response) {
        String code = "";
        String description = "";
        MediaType type = response.getMediaType();
        // WSO2's APIs answer application/json, SCIM application/scim+json.
        if (response.hasEntity() && type != null && ("json".equals(type.getSubtype())
                || type.getSubtype().endsWith("+json"))) {
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(
                    new java.io.StringReader(response.readEntity(String.class)))) {
                JsonObject body = reader.readObject();
                code = text(body, "code");
                description = text(body, "description");
                if (description.isEmpty()) {
                    description = text(body, "message");
                }
                if (description.isEmpty()) {
                    description = text(body, "detail"); // SCIM errors
                }
            } catch (RuntimeException unreadable) {
                // Not WSO2's error shape: the status alone says enough.
            }
        }
        return new ManagementApiException(response.getStatus(), code, description);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    private static String text(JsonObject body, String name) {
        return body.get(name) instanceof jakarta.json.JsonString s ? s.getString() : "";
    }
}
