package dev.mcpee.internal.session;

import dev.mcpee.api.McpFeatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@link McpFeatures}: switches catalog items and tells every session's stream that a list changed, on every
 * instance when sessions are shared.
 */
@ApplicationScoped
public class FeatureSwitch implements McpFeatures {

    @Inject
    SessionRegistry sessions;

    @Override
    public void disableTool(String name) {
        sessions.switchFeature("tools", name, false);
    }

    @Override
    public void enableTool(String name) {
        sessions.switchFeature("tools", name, true);
    }

    @Override
    public void disablePrompt(String name) {
        sessions.switchFeature("prompts", name, false);
    }

    @Override
    public void enablePrompt(String name) {
        sessions.switchFeature("prompts", name, true);
    }

    @Override
    public void disableResource(String uri) {
        sessions.switchFeature("resources", uri, false);
    }

    @Override
    public void enableResource(String uri) {
        sessions.switchFeature("resources", uri, true);
    }
}
