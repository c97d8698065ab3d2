package dev.mcpee.sample.it;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The authorization matrix on Open Liberty with Asgardeo-shaped tokens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationAsgardeoIT {

    private static final String CONTEXT = "vetassist-asgardeo";

    @Deployment(testable = false)
    static WebArchive war() {
        return SampleWar.archive(CONTEXT, AuthServers.Provider.ASGARDEO, SampleWar.LIBERTY, Map.of())
                .addClass(AdminTools.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void matrix() throws Exception {
        new AuthMatrix(SampleWar.endpoint(base), AuthServers.Provider.ASGARDEO,
                SampleWar.LIBERTY + "/" + CONTEXT + "/.well-known/oauth-protected-resource/mcp").run();
    }
}
