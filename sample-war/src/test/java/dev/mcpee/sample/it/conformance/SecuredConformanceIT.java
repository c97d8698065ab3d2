package dev.mcpee.sample.it.conformance;

import java.net.URI;
import java.net.URL;

import dev.mcpee.sample.it.LoopbackProxy;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conformance suite once more, against fixtures that require an access token, through a loopback proxy
 * that adds a valid one: authorization must not disturb the protocol.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecuredConformanceIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ConformanceDeployment.secured();
    }

    @ArquillianResource
    URL base;

    @Test
    void officialSuiteWithTokens() throws Exception {
        String token = ConformanceDeployment.token();
        try (LoopbackProxy proxy = new LoopbackProxy(java.util.List.of(URI.create(base.toString()).resolve("/")),
                token)) {
            ConformanceSuite.runAndCheck(proxy.origin() + URI.create(base.toString()).getPath() + "mcp",
                    "Open Liberty, with tokens");
        }
    }
}
