package dev.mcpee.sample.it.conformance;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The official MCP conformance suite against the fixtures on Open Liberty. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConformanceIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ConformanceDeployment.archive();
    }

    @ArquillianResource
    URL base;

    @Test
    void officialSuite() throws Exception {
        // 127.0.0.1: the suite's DNS-rebinding scenario needs a loopback URL.
        ConformanceSuite.runAndCheck(base.toString().replace("localhost", "127.0.0.1") + "mcp", "Open Liberty");
    }
}
