package dev.mcpee.sample.orgadmin.standin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stand-in's organization, in memory: its applications (each with its OIDC configuration and authorized
 * APIs), API resources and users, plus a fixed set of authenticators and local claims. Seeded with one SPA and
 * one API resource, so that listing and lookup by name have something to find before anything is created.
 */
final class StandInOrganization {

    /** WSO2's template id of single-page applications. */
    static final String SPA_TEMPLATE = "6a90e4b0-fbff-42d7-bfde-1efd98f07cd7";

    /** Applications by id, as {@code ApplicationModel}s with their id and stored OIDC configuration. */
    final Map<String, JsonObject> applications = new LinkedHashMap<>();
    /** Per application id, its authorizations: {@code id} (the API resource), {@code policyIdentifier}, {@code scopes}. */
    final Map<String, List<JsonObject>> authorizedApis = new HashMap<>();
    /** API resources by id, as {@code APIResourceResponse}s. */
    final Map<String, JsonObject> apiResources = new LinkedHashMap<>();
    /** Users as created over SCIM, their password included. */
    final List<JsonObject> users = new ArrayList<>();

    private final SecureRandom random = new SecureRandom();
    private final String apiPath;

    /** @param apiPath the path of the organization's server APIs, e.g. {@code /t/standin/api/server/v1} */
    StandInOrganization(String apiPath) {
        this.apiPath = apiPath;
        reset();
    }

    /** Forgets everything created and seeds the organization again. */
    void reset() {
        applications.clear();
        authorizedApis.clear();
        apiResources.clear();
        users.clear();
        addApplication(Json.createObjectBuilder().add("name", "Existing SPA")
                .add("description", "Seeded by the Management API stand-in").add("templateId", SPA_TEMPLATE)
                .add("accessUrl", "https://existing.example.com")
                .add("inboundProtocolConfiguration", Json.createObjectBuilder().add("oidc", Json.createObjectBuilder()
                        .add("grantTypes", Json.createArrayBuilder().add("authorization_code").add("refresh_token"))
                        .add("callbackURLs", Json.createArrayBuilder().add("https://existing.example.com/cb"))
                        .add("allowedOrigins", Json.createArrayBuilder().add("https://existing.example.com"))
                        .add("publicClient", true))).build());
        addApiResource(Json.createObjectBuilder().add("name", "Orders API").add("identifier", "https://api.example.com/orders")
                .add("description", "Seeded by the Management API stand-in").add("requiresAuthorization", true)
                .add("scopes", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "read_orders").add("displayName", "Read orders"))
                        .add(Json.createObjectBuilder().add("name", "write_orders").add("displayName", "Write orders")))
                .build());
    }

    /** Stores a new application (the caller checked its name is free) and answers its id. */
    String addApplication(JsonObject model) {
        String id = UUID.randomUUID().toString();
        JsonObjectBuilder app = Json.createObjectBuilder(model).add("id", id);
        JsonObject inbound = StandInJson.object(model, "inboundProtocolConfiguration");
        if (inbound.containsKey("oidc")) {
            app.add("inboundProtocolConfiguration", Json.createObjectBuilder(inbound)
                    .add("oidc", oidc(StandInJson.object(inbound, "oidc"), JsonValue.EMPTY_JSON_OBJECT)));
        }
        app.add("claimConfiguration", StandInJson.merge(Json.createObjectBuilder().add("dialect", "LOCAL")
                .add("requestedClaims", JsonValue.EMPTY_JSON_ARRAY).build(), StandInJson.object(model, "claimConfiguration")));
        app.add("authenticationSequence", StandInJson.merge(Json.createObjectBuilder().add("type", "DEFAULT")
                .add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", 1).add("options",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("idp", "LOCAL")
                                .add("authenticator", "BasicAuthenticator")))))
                .add("subjectStepId", 1).add("attributeStepId", 1).build(), StandInJson.object(model, "authenticationSequence")));
        applications.put(id, app.build());
        authorizedApis.put(id, new ArrayList<>());
        return id;
    }

    /** Replaces an application's stored model. */
    void putApplication(String id, JsonObject app) {
        applications.put(id, app);
    }

    /** The application with this name, or null. */
    JsonObject applicationNamed(String name) {
        return applications.values().stream().filter(a -> name.equals(StandInJson.text(a, "name"))).findFirst().orElse(null);
    }

    /** An application's stored OIDC configuration, or null when it has none. */
    JsonObject oidcOf(JsonObject app) {
        return StandInJson.object(app, "inboundProtocolConfiguration").get("oidc") instanceof JsonObject o ? o : null;
    }

    /**
     * A whole OIDC configuration: WSO2's defaults, then the old configuration's client credentials, then what was
     * given. A client id is made up when none is kept or given, and a secret unless the client is public.
     */
    JsonObject oidc(JsonObject given, JsonObject old) {
        JsonObjectBuilder defaults = Json.createObjectBuilder()
                .add("clientId", StandInJson.text(old, "clientId").isEmpty() ? token(21) : StandInJson.text(old, "clientId"))
                .add("state", "ACTIVE").add("callbackURLs", JsonValue.EMPTY_JSON_ARRAY)
                .add("allowedOrigins", JsonValue.EMPTY_JSON_ARRAY).add("publicClient", false)
                .add("pkce", Json.createObjectBuilder().add("mandatory", false).add("supportPlainTransformAlgorithm", true))
                .add("accessToken", Json.createObjectBuilder().add("type", "Default")
                        .add("userAccessTokenExpiryInSeconds", 3600).add("applicationAccessTokenExpiryInSeconds", 3600)
                        .add("bindingType", "None").add("revokeTokensWhenIDPSessionTerminated", false)
                        .add("validateTokenBinding", false))
                .add("refreshToken", Json.createObjectBuilder().add("expiryInSeconds", 86400)
                        .add("renewRefreshToken", true).add("extendRenewedRefreshTokenExpiryTime", false))
                .add("idToken", Json.createObjectBuilder().add("expiryInSeconds", 3600).add("audience", JsonValue.EMPTY_JSON_ARRAY))
                .add("validateRequestObjectSignature", false).add("isFAPIApplication", false);
        JsonObject merged = StandInJson.merge(defaults.build(), given);
        if (merged.getBoolean("publicClient", false)) {
            return Json.createObjectBuilder(merged).remove("clientSecret").build();
        }
        String secret = StandInJson.text(given, "clientSecret").isEmpty() ? StandInJson.text(old, "clientSecret")
                : StandInJson.text(given, "clientSecret");
        return Json.createObjectBuilder(merged).add("clientSecret", secret.isEmpty() ? token(32) : secret).build();
    }

    /** Stores a new API resource (the caller checked its identifier is free) and answers it. */
    JsonObject addApiResource(JsonObject creation) {
        String id = UUID.randomUUID().toString();
        JsonArrayBuilder scopes = Json.createArrayBuilder();
        for (JsonObject scope : StandInJson.array(creation, "scopes").getValuesAs(JsonObject.class)) {
            String name = StandInJson.text(scope, "name");
            String displayName = StandInJson.text(scope, "displayName");
            scopes.add(Json.createObjectBuilder().add("id", UUID.randomUUID().toString()).add("name", name)
                    .add("displayName", displayName.isEmpty() ? name : displayName)
                    .add("description", StandInJson.text(scope, "description")));
        }
        JsonObject resource = Json.createObjectBuilder().add("id", id).add("name", StandInJson.text(creation, "name"))
                .add("identifier", StandInJson.text(creation, "identifier"))
                .add("description", StandInJson.text(creation, "description")).add("type", "BUSINESS")
                .add("requiresAuthorization", creation.getBoolean("requiresAuthorization", true))
                .add("scopes", scopes).add("properties", JsonValue.EMPTY_JSON_ARRAY)
                .add("self", apiPath + "/api-resources/" + id).build();
        apiResources.put(id, resource);
        return resource;
    }

    /** The organization's authenticators: local ones and one connection, as WSO2 lists them. */
    JsonArray authenticators() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        String[][] seeds = {
            {"BasicAuthenticator", "Username & Password", "LOCAL", "Username-Password,APIAuth"},
            {"FIDOAuthenticator", "Passkey", "LOCAL", "Passwordless,Passkey"},
            {"email-otp-authenticator", "Email OTP", "LOCAL", "Passwordless,MFA"},
            {"sms-otp-authenticator", "SMS OTP", "LOCAL", "Passwordless,MFA"},
            {"totp", "TOTP", "LOCAL", "MFA"},
            {"backup-code-authenticator", "Backup Code", "LOCAL", "MFA,Recovery"},
            {"MagicLinkAuthenticator", "Magic Link", "LOCAL", "Passwordless"},
            {"Google", "Google", "FEDERATED", "Social-Login"}};
        for (String[] seed : seeds) {
            String id = base64Url(seed[0]);
            JsonArrayBuilder tags = Json.createArrayBuilder();
            for (String tag : seed[3].split(",")) {
                tags.add(tag);
            }
            all.add(Json.createObjectBuilder().add("id", id).add("name", seed[0]).add("displayName", seed[1])
                    .add("isEnabled", true).add("definedBy", "SYSTEM").add("type", seed[2])
                    .add("description", seed[1] + " (stand-in)").add("tags", tags)
                    .add("self", apiPath + ("LOCAL".equals(seed[2]) ? "/configs/authenticators/" : "/identity-providers/") + id));
        }
        return all.build();
    }

    /**
     * What one connection offers, as {@code GET /identity-providers/{id}/federated-authenticators} lists it: the
     * Google connection has Google's OIDC authenticator; any other id is no connection (null).
     */
    JsonObject federatedAuthenticators(String connectionId) {
        if (!base64Url("Google").equals(connectionId)) {
            return null;
        }
        String id = base64Url("GoogleOIDCAuthenticator");
        return Json.createObjectBuilder().add("defaultAuthenticatorId", id)
                .add("authenticators", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("authenticatorId", id).add("name", "GoogleOIDCAuthenticator").add("isEnabled", true)
                        .add("definedBy", "SYSTEM").add("tags", Json.createArrayBuilder().add("Social-Login"))
                        .add("self", apiPath + "/identity-providers/" + connectionId + "/federated-authenticators/"
                                + id)))
                .build();
    }

    /** The organization's local claims: a few of WSO2's {@code http://wso2.org/claims/...}. */
    JsonArray localClaims() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        String[][] seeds = {
            {"username", "Username", "uid", "true"}, {"emailaddress", "Email", "mail", "true"},
            {"givenname", "First Name", "givenName", "true"}, {"lastname", "Last Name", "sn", "true"},
            {"mobile", "Mobile", "mobile", "false"}, {"country", "Country", "country", "false"}};
        int order = 1;
        for (String[] seed : seeds) {
            String uri = "http://wso2.org/claims/" + seed[0];
            all.add(Json.createObjectBuilder().add("id", base64Url(uri)).add("claimURI", uri)
                    .add("dialectURI", "http://wso2.org/claims").add("description", seed[1] + " of the user")
                    .add("displayOrder", order++).add("displayName", seed[1]).add("readOnly", false).add("regEx", "")
                    .add("required", "username".equals(seed[0])).add("supportedByDefault", Boolean.parseBoolean(seed[3]))
                    .add("dataType", "string").add("multiValued", false)
                    .add("attributeMapping", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("mappedAttribute", seed[2]).add("userstore", "PRIMARY")))
                    .add("properties", JsonValue.EMPTY_JSON_ARRAY));
        }
        return all.build();
    }

    /** WSO2's ids of authenticators and claims: the name in base64url without padding. */
    static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private String token(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
