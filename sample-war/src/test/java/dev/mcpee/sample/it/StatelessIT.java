package dev.mcpee.sample.it;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the conformance suite does not cover of 2026-07-28, on Open Liberty ({@link StatelessChecks}; WildFlyIT
 * runs the same): a multi round-trip request's state continues on another deployment with the same
 * {@code mcp.mrtr.state-key} (as on another instance behind a load balancer) and is refused by one with another
 * key; a client closing a call's stream cancels the call; and a 2025 session and 2026 callers with different
 * tokens share the sample, each list filtered for its caller.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatelessIT {

    @Deployment(name = "a", testable = false)
    static WebArchive a() {
        return StatelessChecks.war("stateless-a", StatelessChecks.KEY_A);
    }

    @Deployment(name = "a2", testable = false)
    static WebArchive a2() {
        return StatelessChecks.war("stateless-a2", StatelessChecks.KEY_A);
    }

    @Deployment(name = "b", testable = false)
    static WebArchive b() {
        return StatelessChecks.war("stateless-b", StatelessChecks.KEY_B);
    }

    @Deployment(name = "sample", testable = false)
    static WebArchive sample() {
        return SampleWar.archive("stateless-sample", AuthServers.Provider.ASGARDEO, SampleWar.LIBERTY, Map.of());
    }

    @ArquillianResource
    @OperateOnDeployment("a")
    URL a;

    @ArquillianResource
    @OperateOnDeployment("a2")
    URL a2;

    @ArquillianResource
    @OperateOnDeployment("b")
    URL b;

    @ArquillianResource
    @OperateOnDeployment("sample")
    URL sample;

    @Test
    void aRequestStateContinuesWhereTheKeyIsSharedAndIsRefusedElsewhere() {
        StatelessChecks.stateAcrossKeys(a, a2, b);
    }

    @Test
    void aSessionClientAndStatelessCallersShareTheSampleAndListsFollowTheCaller() {
        StatelessChecks.sharedEndpoint(sample, SampleWar.resource(SampleWar.LIBERTY, "stateless-sample"));
    }

    @Test
    void closingTheCallsStreamCancelsTheCall() throws Exception {
        StatelessChecks.cancellation(a);
    }
}
