package dev.mcpee.sample.it.cluster;

import java.nio.file.Path;

import dev.mcpee.sample.servers.ManagedServer;
import dev.mcpee.sample.servers.ManagedWildFly;

/** Two WildFly servers sharing sessions through Hazelcast, behind a proxy without affinity. */
class WildFlyClusterIT extends TwoInstances {

    @Override
    String kind() {
        return "wildfly";
    }

    @Override
    int hazelcastPort() {
        return 15751;
    }

    @Override
    ManagedServer[] servers() {
        Path home = Path.of(System.getProperty("wildfly.home"));
        return new ManagedServer[] {
            new ManagedWildFly(WORK, "wildfly-cluster-a", 20180, false, home),
            new ManagedWildFly(WORK, "wildfly-cluster-b", 20280, false, home)};
    }
}
