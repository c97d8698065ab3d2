package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.function.Executable;

/**
 * The authorization matrix, run against one deployment: (no token, malformed, expired, not yet valid, wrong
 * issuer, wrong audience, audience array without us, unknown key, tampered signature, alg none, opaque,
 * missing scope, wrong role, @DenyAll, valid) x (status, exact WWW-Authenticate, tool executed or not).
 */
final class AuthMatrix {

    private final URI endpoint;
    private final AuthServers.Provider provider;
    private final String resource;
    private final String metadataUrl;

    /**
     * Creates the matrix for a deployment.
     *
     * @param endpoint    the MCP endpoint the client calls
     * @param provider    the provider whose tokens the deployment accepts
     * @param metadataUrl the protected resource metadata URL the deployment must advertise
     */
    AuthMatrix(URI endpoint, AuthServers.Provider provider, String metadataUrl) {
        this.endpoint = endpoint;
        this.provider = provider;
        this.resource = endpoint.toString();
        this.metadataUrl = metadataUrl;
    }

    private record Row(String name, String token, String tool, int status, String challenge, boolean executes) {
    }

    /** Runs every row and the session and listing checks; reports all failures together. */
    void run() throws Exception {
        String staff = Tokens.staff(provider, resource);
        String readOnlyOwner = Tokens.owner(provider, resource, "alice", "pet-profile:read");
        String rwOwner = Tokens.owner(provider, resource, "alice", Tokens.READ_WRITE);
        String guest = provider.token(resource, "gus", Tokens.READ_WRITE, List.of("guest"), 300, Map.of());
        String otherIssuer = (provider == AuthServers.Provider.ASGARDEO ? AuthServers.Provider.LOGTO
                : AuthServers.Provider.ASGARDEO).token(resource, "vera", Tokens.READ_WRITE, List.of("vet_staff"), 300,
                Map.of());
        long now = System.currentTimeMillis() / 1000;
        String invalid = "Bearer resource_metadata=\"" + metadataUrl + "\", scope=\"pet-profile:read\","
                + " error=\"invalid_token\", error_description=\"";
        String write = "update_pet_profile";

        List<Row> rows = List.of(
                new Row("no token", null, write, 401,
                        "Bearer resource_metadata=\"" + metadataUrl + "\", scope=\"pet-profile:read\"", false),
                new Row("malformed", "x.y.z", write, 401,
                        invalid + "The token's header is not base64url-encoded JSON\"", false),
                new Row("expired", provider.token(resource, "vera", Tokens.READ_WRITE, List.of("vet_staff"), -300,
                        Map.of()), write, 401, invalid + "The token has expired\"", false),
                new Row("not yet valid", provider.token(resource, "vera", Tokens.READ_WRITE, List.of("vet_staff"), 900,
                        Map.of("nbf", now + 600)), write, 401, invalid + "The token is not valid yet (nbf)\"", false),
                new Row("wrong issuer", otherIssuer, write, 401,
                        invalid + "The token was issued by another authorization server\"", false),
                new Row("wrong audience", provider.token(resource, "vera", Tokens.READ_WRITE, List.of("vet_staff"), 300,
                        Map.of("aud", "https://other.example/mcp")), write, 401,
                        invalid + "The token is not meant for this resource (aud)\"", false),
                new Row("audience array without us", provider.token(resource, "vera", Tokens.READ_WRITE,
                        List.of("vet_staff"), 300, Map.of("aud", List.of("https://a.example", "https://b.example"))),
                        write, 401, invalid + "The token is not meant for this resource (aud)\"", false),
                new Row("unknown key", unknownKey(staff), write, 401,
                        invalid + "The token was signed with a key this server does not know\"", false),
                new Row("tampered signature", tampered(staff), write, 401,
                        invalid + "The token's signature is invalid\"", false),
                new Row("alg none", algNone(staff), write, 401,
                        invalid + "The token's signature algorithm is not accepted\"", false),
                new Row("opaque token", "2YotnFZFEjr1zCsicMWpAA", write, 401, invalid + "The access token is not a JWT."
                        + " Request a JWT access token for this resource (send the resource parameter, RFC 8707, with"
                        + " the MCP server URL)\"", false),
                new Row("missing scope", readOnlyOwner, write, 403, "Bearer error=\"insufficient_scope\","
                        + " scope=\"pet-profile:read pet-profile:write\", resource_metadata=\"" + metadataUrl + "\"",
                        false),
                new Row("wrong role", guest, write, 403, null, false),
                new Row("@DenyAll", staff, "purge_records", 403, null, false),
                new Row("valid (vet staff)", staff, write, 200, null, true),
                new Row("valid (owner, own pet)", rwOwner, write, 200, null, true));

        McpHttp asStaff = new McpHttp(endpoint, staff);
        // One session of vet staff: the one refused tokens present, and the one side effects are read on.
        String staffSession = asStaff.openSession();
        List<Executable> checks = new ArrayList<>();
        for (Row row : rows) {
            checks.add(() -> {
                try {
                    check(row, asStaff, staffSession);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(provider + " / " + row.name() + ": " + e.getMessage(), e);
                }
            });
        }
        checks.add(() -> sessionsBelongToTheirSubject(staff, rwOwner));
        checks.add(() -> listingShowsReachableTools(readOnlyOwner, staff, guest));
        checks.add(this::metadataDocument);
        assertAll(provider + " authorization matrix (" + rows.size() + " rows + 3 checks)", checks);
    }

    private void check(Row row, McpHttp asStaff, String staffSession) {
        // Refused tokens never reach the session, so their rows use a session of vet staff; a valid token opens
        // its own session, because a session belongs to the subject that opened it.
        String marker = "breed-" + UUID.randomUUID();
        McpHttp caller = new McpHttp(endpoint, row.token());
        String session = row.status() == 401 ? staffSession : caller.openSession();
        String args = "purge_records".equals(row.tool()) ? "{}"
                : "{\"petId\":1,\"update\":{\"breed\":\"" + marker + "\"}}";
        HttpResponse<String> r = caller.post().session(session)
                .body(McpHttp.request(5, "tools/call", "{\"name\":\"" + row.tool() + "\",\"arguments\":" + args + "}"))
                .send();
        assertEquals(row.status(), r.statusCode(), r.body());
        Optional<String> challenge = r.headers().firstValue("WWW-Authenticate");
        if (row.challenge() == null) {
            assertFalse(challenge.isPresent(), "no challenge expected, got " + challenge);
        } else {
            assertEquals(List.of(row.challenge()), r.headers().allValues("WWW-Authenticate"));
        }
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "JSON body");
        assertFalse(r.body().contains("Exception") || r.body().contains("<html"), r.body());
        if (row.token() != null && row.token().length() > 20) {
            assertFalse(r.body().contains(row.token()), "the token is never echoed");
        }
        if (!"purge_records".equals(row.tool())) {
            // The side effect tells whether the tool ran.
            String breed = asStaff.callTool(staffSession, "get_pet_profile", "{\"petId\":1}")
                    .getJsonObject("result").getJsonObject("structuredContent").getString("breed", "");
            assertEquals(row.executes(), marker.equals(breed), "tool executed");
        }
    }

    private void sessionsBelongToTheirSubject(String staff, String owner) {
        McpHttp vera = new McpHttp(endpoint, staff);
        String session = vera.openSession();
        HttpResponse<String> stolen = vera.as(owner).post().session(session)
                .body(McpHttp.request(1, "ping", null)).send();
        assertEquals(404, stolen.statusCode(), "another subject presenting the id: " + stolen.body());
        String fresh = Tokens.staff(provider, resource);
        assertEquals(200, vera.as(fresh).post().session(session).body(McpHttp.request(2, "ping", null)).send()
                .statusCode(), "the same subject with a new token keeps the session");
    }

    /**
     * The default listing: a tool a caller could call with more scopes is listed with the scopes it needs (a
     * model can try it and the 403 asks for them); one needing a role the caller lacks, or {@code @DenyAll}, is not.
     */
    private void listingShowsReachableTools(String readOnlyOwner, String staff, String guest) {
        List<String> all = List.of("book_appointment", "get_pet_profile", "list_pets", "next_vaccination", "pet_card",
                "update_pet_profile", "vaccination_report", "whoami");
        assertEquals(all, toolNames(new McpHttp(endpoint, staff)), "@DenyAll is never listed");
        List<JsonObject> owners = tools(new McpHttp(endpoint, readOnlyOwner));
        assertEquals(all, owners.stream().map(t -> t.getString("name")).sorted().toList(),
                "the write tools are listed for a reader, for step-up");
        JsonObject update = owners.stream().filter(t -> t.getString("name").equals("update_pet_profile")).findFirst()
                .orElseThrow();
        assertEquals(McpHttp.parse("{\"securitySchemes\":[{\"type\":\"oauth2\",\"scopes\":[\"pet-profile:read\","
                + "\"pet-profile:write\"]}]}"), update.getJsonObject("_meta"), "the scopes to ask for");
        assertEquals(List.of("whoami"), toolNames(new McpHttp(endpoint, guest)),
                "no token's scopes give a guest the pet tools' roles");
    }

    private static List<JsonObject> tools(McpHttp mcp) {
        HttpResponse<String> r = mcp.post().session(mcp.openSession()).body(McpHttp.request(3, "tools/list", null))
                .send();
        assertEquals(200, r.statusCode(), r.body());
        return McpHttp.parse(r.body()).asJsonObject().getJsonObject("result").getJsonArray("tools")
                .getValuesAs(JsonObject.class);
    }

    private static List<String> toolNames(McpHttp mcp) {
        HttpResponse<String> r = mcp.post().session(mcp.openSession()).body(McpHttp.request(3, "tools/list", null))
                .send();
        assertEquals(200, r.statusCode(), r.body());
        return McpHttp.parse(r.body()).asJsonObject().getJsonObject("result").getJsonArray("tools").stream()
                .map(t -> t.asJsonObject().getString("name")).sorted().toList();
    }

    private void metadataDocument() {
        HttpResponse<String> r = new McpHttp(URI.create(metadataUrl), null).get().header("Accept", "application/json").send();
        assertEquals(200, r.statusCode(), r.body());
        JsonObject expected = McpHttp.parse("{\"resource\":\"" + resource + "\",\"authorization_servers\":[\""
                + provider.issuer() + "\"],\"scopes_supported\":[\"pet-profile:read\",\"pet-profile:write\"],"
                + "\"bearer_methods_supported\":[\"header\"],\"resource_name\":\"VetAssist clinic assistant\"}")
                .asJsonObject();
        assertEquals(expected, McpHttp.parse(r.body()));
    }

    private static String unknownKey(String like) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("not-published").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(new JOSEObjectType("at+jwt")).build(), JWTClaimsSet.parse(SignedJWT.parse(like)
                .getJWTClaimsSet().toJSONObject()));
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String tampered(String token) throws Exception {
        String[] parts = token.split("\\.");
        JWTClaimsSet claims = new JWTClaimsSet.Builder(SignedJWT.parse(token).getJWTClaimsSet()).subject("mallory")
                .expirationTime(new Date(System.currentTimeMillis() + 300_000)).build();
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    private static String algNone(String token) {
        String[] parts = token.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }
}
