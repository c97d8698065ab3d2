package dev.mcpee.sample.orgadmin.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A local STAND-IN of an Asgardeo / WSO2 Identity Server organization's Management REST APIs, for tests and
 * for a dev run of the org-admin server: not WSO2's server, and not to be mistaken for one. It holds one
 * organization in memory ({@link #baseUrl()}, tenant {@value #TENANT}), issues client-credentials tokens to one
 * M2M application ({@link #CLIENT_ID}, {@link #CLIENT_SECRET}) and answers the operations the tools call.
 *
 * <p>Every request to an API path, and every answer of its own, is checked against WSO2's published OpenAPI
 * documents ({@code management-api/*.yaml}): a request they refuse gets 400, and both kinds of failure are kept
 * in {@link #contractViolations()}, so that a test passing here says the client speaks WSO2's contract, and an
 * answer the stand-in got wrong shows up as its own bug instead of passing for the organization's behaviour.
 *
 * <p>Requests are handled one at a time (the JDK server's own dispatcher thread), so the organization needs no
 * locking beyond the monitor the inspection methods share with the handler.
 */
public final class ManagementApiStandIn {

    /** The M2M application's client id the token endpoint accepts. */
    public static final String CLIENT_ID = "org-admin-standin-client";
    /** The M2M application's client secret the token endpoint accepts. */
    public static final String CLIENT_SECRET = "org-admin-standin-secret";
    /** The organization's tenant domain: its base URL is {@code http://127.0.0.1:PORT/t/standin}. */
    public static final String TENANT = "standin";

    private static final String BASE_PATH = "/t/" + TENANT;
    private final HttpServer server;
    private final URI baseUrl;
    private final StandInTokens tokens = new StandInTokens();
    private final StandInOrganization organization;
    private final ContractValidator contract = new ContractValidator(BASE_PATH);
    private final List<StandInRoute> routes = new ArrayList<>();
    private final List<String> authorizationHeaders = new ArrayList<>();
    private final List<String> contractViolations = new ArrayList<>();

    private ManagementApiStandIn(HttpServer server) {
        this.server = server;
        this.baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH);
        this.organization = new StandInOrganization(BASE_PATH + "/api/server/v1");
        routes.addAll(new ApplicationRoutes(organization, baseUrl + "/api/server/v1", BASE_PATH + "/api/server/v1").routes());
        routes.addAll(new DirectoryRoutes(organization, baseUrl.toString()).routes());
        server.createContext("/", this::handle);
    }

    /**
     * Starts a stand-in on 127.0.0.1.
     *
     * @param port the port, 0 for any free one
     * @return the running stand-in
     */
    public static ManagementApiStandIn start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            ManagementApiStandIn standIn = new ManagementApiStandIn(server);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException("The Management API stand-in cannot listen on port " + port, e);
        }
    }

    /**
     * A dev run: {@code java ... ManagementApiStandIn [port]} (default 9500), until killed.
     *
     * @param args the port, optionally
     */
    public static void main(String[] args) {
        ManagementApiStandIn standIn = start(args.length > 0 ? Integer.parseInt(args[0]) : 9500);
        System.out.println("Management API STAND-IN (not WSO2) at " + standIn.baseUrl());
        System.out.println("  token endpoint: " + standIn.tokenUrl());
        System.out.println("  client id:      " + CLIENT_ID);
        System.out.println("  client secret:  " + CLIENT_SECRET);
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::stop));
    }

    /** @return the organization's base URL, e.g. {@code http://127.0.0.1:9500/t/standin}; every path is under it */
    public URI baseUrl() {
        return baseUrl;
    }

    /** @return the token endpoint, {@code {base}/oauth2/token} */
    public URI tokenUrl() {
        return URI.create(baseUrl + "/oauth2/token");
    }

    /** Stops listening at once. */
    public void stop() {
        server.stop(0);
    }

    /** @return every {@code Authorization} header received on API paths, in order (null where none was sent) */
    public synchronized List<String> authorizationHeaders() {
        return new ArrayList<>(authorizationHeaders);
    }

    /** @return how many tokens were issued since the start or the last {@link #reset()} */
    public synchronized int tokensIssued() {
        return tokens.issued();
    }

    /** @return every request or own answer that failed the OpenAPI check: the call, then the validator's report */
    public synchronized List<String> contractViolations() {
        return new ArrayList<>(contractViolations);
    }

    /** Revokes every token issued so far: the next API call with one of them gets 401. */
    public synchronized void revokeAllTokens() {
        tokens.revokeAll();
    }

    /** @param lifetime how long the tokens issued next are valid (3600 s until changed) */
    public synchronized void expiresIn(Duration lifetime) {
        tokens.lifetime(lifetime);
    }

    /** @param scope a scope the tokens issued next lack even when asked for, so calls needing it get 403 */
    public synchronized void withholdScope(String scope) {
        tokens.withhold(scope);
    }

    /** Seeds a fresh organization, forgets tokens and records, and restores the default lifetime and scopes. */
    public synchronized void reset() {
        tokens.reset();
        organization.reset();
        authorizationHeaders.clear();
        contractViolations.clear();
    }

    /**
     * @param id an application id
     * @return the application as the stand-in stores it ({@code ApplicationModel} fields, its OIDC configuration
     *         under {@code inboundProtocolConfiguration.oidc}), or null
     */
    public synchronized JsonObject application(String id) {
        return organization.applications.get(id);
    }

    /** @return the users created over SCIM, as stored (their password included), in order */
    public synchronized List<JsonObject> users() {
        return new ArrayList<>(organization.users);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try {
            StandInRequest request = StandInRequest.read(exchange, BASE_PATH);
            if (!exchange.getRequestURI().getRawPath().startsWith(BASE_PATH + "/")) {
                StandInResponse.error(404, "Not found.", "The stand-in's organization is under " + BASE_PATH).send(exchange);
            } else if ("/oauth2/token".equals(request.path())) {
                tokens.issue(request).send(exchange);
            } else {
                answer(request).send(exchange);
            }
        } catch (RuntimeException bug) {
            contractViolations.add("stand-in failure on " + exchange.getRequestURI() + ": " + bug);
            StandInResponse.error(500, "Stand-in failure.", String.valueOf(bug)).send(exchange);
        }
    }

    // Authentication first, as the organization does, then the token's scope, then the contract, then the route.
    private StandInResponse answer(StandInRequest request) {
        authorizationHeaders.add(request.header("Authorization"));
        String requestViolation = contract.checkRequest(request);
        if (requestViolation != null) {
            contractViolations.add("request " + request.method() + " " + request.fullPath() + ":\n" + requestViolation);
        }
        StandInTokens.Token token = tokens.valid(request.header("Authorization"));
        if (token == null) {
            return StandInResponse.empty(401).with("WWW-Authenticate", request.header("Authorization") == null
                    ? "Bearer realm=\"" + TENANT + "\"" : "Bearer realm=\"" + TENANT + "\", error=\"invalid_token\"");
        }
        StandInRoute route = null;
        List<String> parameters = null;
        for (StandInRoute candidate : routes) {
            parameters = candidate.match(request);
            if (parameters != null) {
                route = candidate;
                break;
            }
        }
        if (route != null && !token.scopes().contains(route.scope())) {
            return checked(request, StandInResponse.error(403, "Operation is not permitted.",
                    "The access token lacks the scope " + route.scope() + " this operation needs."));
        }
        if (requestViolation != null) {
            return checked(request, StandInResponse.error(400, "Invalid request.",
                    "The request does not follow WSO2's OpenAPI document: " + requestViolation));
        }
        if (route == null) {
            return StandInResponse.error(404, "Not found.", "The stand-in does not implement "
                    + request.method() + " " + request.path());
        }
        StandInResponse response;
        try {
            response = route.handler().handle(request, parameters);
        } catch (JsonException | ClassCastException notAnObject) {
            response = StandInResponse.error(400, "Invalid request.", "The body is not a JSON object: " + notAnObject.getMessage());
        }
        return checked(request, response);
    }

    private StandInResponse checked(StandInRequest request, StandInResponse response) {
        String violation = contract.checkResponse(request, response);
        if (violation != null) {
            contractViolations.add("response " + response.status() + " to " + request.method() + " "
                    + request.fullPath() + ":\n" + violation);
        }
        return response;
    }
}
