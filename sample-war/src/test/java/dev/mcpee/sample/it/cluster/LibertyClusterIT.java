package dev.mcpee.sample.it.cluster;

import java.nio.file.Path;
import java.util.List;

import dev.mcpee.sample.servers.ManagedLiberty;
import dev.mcpee.sample.servers.ManagedServer;

/** Two Open Liberty servers sharing sessions through Hazelcast, behind a proxy without affinity. */
class LibertyClusterIT extends TwoInstances {

    @Override
    String kind() {
        return "liberty";
    }

    @Override
    int hazelcastPort() {
        return 15701;
    }

    @Override
    ManagedServer[] servers() {
        Path wlp = Path.of(System.getProperty("liberty.wlp.home"));
        Path config = Path.of(System.getProperty("liberty.config.dir", "../liberty-config"));
        return new ManagedServer[] {
            new ManagedLiberty(WORK, "cluster-a", 19280, false, wlp, config, List.of()),
            new ManagedLiberty(WORK, "cluster-b", 19281, false, wlp, config, List.of())};
    }
}
