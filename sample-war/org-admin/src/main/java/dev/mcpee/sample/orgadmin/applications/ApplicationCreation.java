package dev.mcpee.sample.orgadmin.applications;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.ToolException;
import dev.mcpee.sample.orgadmin.changes.ChangeLog;
import dev.mcpee.sample.orgadmin.management.Operation;
import dev.mcpee.sample.orgadmin.management.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * Registering applications from the console's templates: scope {@code org-admin:apps:write}. Each returns the
 * new application read back from the organization, so what the caller sees is what was stored.
 */
@ApplicationScoped
@RequiresScope("org-admin:apps:write")
public class ApplicationCreation {

    @Inject
    Organization organization;

    @Inject
    ApplicationReader reader;

    @Inject
    ChangeLog changes;

    /**
     * A single-page application.
     *
     * @param name     the name
     * @param redirect the redirect URL
     * @return the application
     */
    @McpTool(name = "create_single_page_app", title = "Create single-page app", destructiveHint = false,
            description = "Registers a browser application (React, Angular, ...): public client with PKCE,"
                    + " authorization code and refresh token; the redirect URL's origin is allowed for CORS.")
    public ApplicationDetails createSinglePageApp(
            @McpArg(name = "application_name", description = "The application's name") String name,
            @McpArg(name = "redirect_url", description = "Where users return after sign-in, e.g."
                    + " https://app.example.com/callback") String redirect) {
        return create("create_single_page_app", ApplicationType.SPA, name, ApplicationModels.redirect(redirect, false));
    }

    /**
     * A server-side rendered web application.
     *
     * @param name     the name
     * @param redirect the redirect URL
     * @return the application
     */
    @McpTool(name = "create_webapp_with_ssr", title = "Create server-rendered web app", destructiveHint = false,
            description = "Registers a server-side rendered web application (Next.js, Spring, Jakarta EE, ...):"
                    + " confidential client, authorization code. Read its secret in the console.")
    public ApplicationDetails createWebappWithSsr(
            @McpArg(name = "application_name", description = "The application's name") String name,
            @McpArg(name = "redirect_url", description = "Where users return after sign-in") String redirect) {
        return create("create_webapp_with_ssr", ApplicationType.SSR_WEB, name,
                ApplicationModels.redirect(redirect, false));
    }

    /**
     * A mobile application.
     *
     * @param name     the name
     * @param redirect the redirect URL
     * @return the application
     */
    @McpTool(name = "create_mobile_app", title = "Create mobile app", destructiveHint = false,
            description = "Registers a mobile application: public client with PKCE, authorization code and"
                    + " refresh token; the redirect URL may use the app's own scheme.")
    public ApplicationDetails createMobileApp(
            @McpArg(name = "application_name", description = "The application's name") String name,
            @McpArg(name = "redirect_url", description = "Where users return, e.g. com.example.app:/callback")
            String redirect) {
        return create("create_mobile_app", ApplicationType.MOBILE, name, ApplicationModels.redirect(redirect, true));
    }

    /**
     * A machine-to-machine application.
     *
     * @param name the name
     * @return the application
     */
    @McpTool(name = "create_m2m_app", title = "Create M2M app", destructiveHint = false,
            description = "Registers a machine-to-machine application (client credentials). Authorize it for"
                    + " APIs with authorize_api; read its secret in the console.")
    public ApplicationDetails createM2mApp(
            @McpArg(name = "application_name", description = "The application's name") String name) {
        return create("create_m2m_app", ApplicationType.M2M, name, null);
    }

    private ApplicationDetails create(String tool, ApplicationType type, String name, String redirect) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 50) {
            throw new ToolException("application_name is 1 to 50 characters");
        }
        Operation create = Operation.createApplications("create application '" + clean + "'");
        String location;
        try (Response created = organization.call(create,
                () -> organization.applications().create(ApplicationModels.of(type, clean, redirect)))) {
            location = created.getHeaderString("Location");
        }
        if (location == null || location.isBlank()) {
            throw new ToolException("The organization created application '" + clean + "' but did not say its id;"
                    + " find it with get_application_by_name");
        }
        String id = location.substring(location.lastIndexOf('/') + 1);
        changes.done(tool, "application " + id + " (" + clean + ")");
        return reader.read(id);
    }
}
