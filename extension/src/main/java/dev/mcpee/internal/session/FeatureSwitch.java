package dev.mcpee.internal.session;

import dev.mcpee.api.McpFeatures;
import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.jsonrpc.JsonRpcCodec;
import dev.mcpee.internal.model.Catalog;
import dev.mcpee.internal.model.Catalogs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@link McpFeatures}: switches catalog items and tells every session's stream that a list changed. */
@ApplicationScoped
public class FeatureSwitch implements McpFeatures {

    @Inject
    Deployment deployment;

    @Inject
    SessionRegistry sessions;

    @Override
    public void disableTool(String name) {
        change(deployment.catalogs().tools(), name, false, "notifications/tools/list_changed");
    }

    @Override
    public void enableTool(String name) {
        change(deployment.catalogs().tools(), name, true, "notifications/tools/list_changed");
    }

    @Override
    public void disablePrompt(String name) {
        change(deployment.catalogs().prompts(), name, false, "notifications/prompts/list_changed");
    }

    @Override
    public void enablePrompt(String name) {
        change(deployment.catalogs().prompts(), name, true, "notifications/prompts/list_changed");
    }

    @Override
    public void disableResource(String uri) {
        change(resourceCatalog(uri), uri, false, "notifications/resources/list_changed");
    }

    @Override
    public void enableResource(String uri) {
        change(resourceCatalog(uri), uri, true, "notifications/resources/list_changed");
    }

    private Catalog<?> resourceCatalog(String uri) {
        Catalogs c = deployment.catalogs();
        return c.templates().contains(uri) ? c.templates() : c.resources();
    }

    private void change(Catalog<?> catalog, String name, boolean enabled, String method) {
        if (catalog.setEnabled(name, enabled)) {
            sessions.broadcast(JsonRpcCodec.notification(method, null));
        }
    }
}
