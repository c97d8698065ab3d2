package dev.mcpee.internal.http;

import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.protocol.ProtocolVersions;
import dev.mcpee.internal.security.AuthSettings;

/**
 * The one line an operator reads at deployment: where the endpoint is, which revisions it speaks, what it
 * serves, whose tokens it accepts and where its sessions live.
 */
public final class DeploymentSummary {

    private DeploymentSummary() {
    }

    /**
     * The line.
     *
     * @param deployment the deployment
     * @param path       the endpoint's path in the server (context root and mapping), used when
     *                   {@code mcp.auth.resource} does not give the public URL
     * @return the text to log
     */
    public static String of(Deployment deployment, String path) {
        AuthSettings auth = deployment.security().settings();
        String url = auth.resource() != null ? auth.resource().toString() : path;
        var catalogs = deployment.catalogs();
        return "mcp-ee: MCP endpoint " + url + " (revisions " + String.join(", ", ProtocolVersions.ALL) + "): "
                + catalogs.tools().deployed().size() + " tool(s), " + catalogs.prompts().deployed().size()
                + " prompt(s), " + catalogs.resources().deployed().size() + " resource(s), "
                + catalogs.templates().deployed().size() + " resource template(s); "
                + (auth.verifiesTokens() ? "access tokens of " + auth.issuer() : "no token verification (anonymous)")
                + "; sessions " + (deployment.config().store().shared() ? "shared through JCache" : "in memory")
                + "; reports: " + (deployment.observers().labels().isEmpty() ? "none"
                : String.join(", ", deployment.observers().labels()));
    }
}
