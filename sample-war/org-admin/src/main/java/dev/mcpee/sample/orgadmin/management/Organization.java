package dev.mcpee.sample.orgadmin.management;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The organization the tools administer: its Management API clients, all carrying the server's own M2M token
 * (never a caller's), and {@link #call} which turns every way a call can fail into an error message that says
 * what failed and what to do.
 */
@ApplicationScoped
public class Organization {

    @Inject
    OrganizationSettings settings;

    @Inject
    M2mTokens tokens;

    private ApplicationsApi applications;
    private ApiResourcesApi apiResources;
    private DirectoryApi directory;
    private ScimUsersApi users;

    @PostConstruct
    void connect() {
        URI base = settings.baseUrl();
        URI server = URI.create(base + "/api/server/v1");
        applications = client(server, ApplicationsApi.class);
        apiResources = client(server, ApiResourcesApi.class);
        directory = client(server, DirectoryApi.class);
        users = client(URI.create(base + "/scim2"), ScimUsersApi.class);
    }

    private <T> T client(URI base, Class<T> api) {
        return RestClientBuilder.newBuilder().baseUri(base)
                .connectTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(new M2mBearer(tokens)).register(ManagementErrors.class).build(api);
    }

    /** @return the Application Management API */
    public ApplicationsApi applications() {
        return applications;
    }

    /** @return the API Resource Management API */
    public ApiResourcesApi apiResources() {
        return apiResources;
    }

    /** @return the authenticators and claims */
    public DirectoryApi directory() {
        return directory;
    }

    /** @return the SCIM 2.0 Users endpoint */
    public ScimUsersApi users() {
        return users;
    }

    /** @return the organization's base URL, e.g. {@code https://api.asgardeo.io/t/myorg} */
    public URI baseUrl() {
        return settings.baseUrl();
    }

    /**
     * Makes one Management API call. A 401 means the organization no longer takes the cached token (revoked, or
     * the application's secret rotated): the token is dropped and the call made once more with a new one.
     *
     * @param operation what the call does and the M2M scope it needs, for the error message
     * @param call      the call
     * @param <T>       its result
     * @return the result
     * @throws OrganizationException saying what failed and the fix
     */
    public <T> T call(Operation operation, Supplier<T> call) {
        String token = tokens.token();
        try {
            return attempt(operation, call);
        } catch (ManagementApiException e) {
            if (e.status() != 401) {
                throw explain(operation, e);
            }
            tokens.discard(token);
            try {
                return attempt(operation, call);
            } catch (ManagementApiException again) {
                throw explain(operation, again);
            }
        }
    }

    /**
     * {@link #call} for calls without a result.
     *
     * @param operation what the call does
     * @param call      the call
     */
    public void run(Operation operation, Runnable call) {
        call(operation, () -> {
            call.run();
            return null;
        });
    }

    private <T> T attempt(Operation operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            // The token filter's own error (token endpoint refused or unreachable) arrives wrapped.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OrganizationException clear) {
                    throw clear;
                }
                if (t instanceof ManagementApiException answer) {
                    throw answer;
                }
            }
            throw new OrganizationException("Could not " + operation.what() + ": the organization at "
                    + settings.baseUrl() + " did not answer (" + e.getClass().getSimpleName() + "); check"
                    + " orgadmin.base-url and that the organization is reachable from this server");
        }
    }

    private OrganizationException explain(Operation operation, ManagementApiException e) {
        String detail = e.description().isEmpty() ? "" : " (" + e.description() + ")";
        String message = switch (e.status()) {
            case 401 -> "Could not " + operation.what() + ": the organization refused the server's M2M token twice;"
                    + " check that the M2M application (orgadmin.client-id) still exists and is enabled";
            case 403 -> "Could not " + operation.what() + ": the server's M2M application is not allowed to. Grant it"
                    + " the Management API scope " + operation.m2mScope() + " (Asgardeo console: Applications >"
                    + " the M2M application > API Authorization)" + detail;
            case 404 -> "Could not " + operation.what() + ": not found" + detail;
            case 409 -> "Could not " + operation.what() + ": it already exists" + detail;
            default -> e.status() >= 500
                    ? "Could not " + operation.what() + ": the organization answered " + e.status()
                            + "; try again later" + detail
                    : "Could not " + operation.what() + ": the organization refused the request ("
                            + e.status() + (e.code().isEmpty() ? "" : " " + e.code()) + ")" + detail;
        };
        return new OrganizationException(message);
    }
}
