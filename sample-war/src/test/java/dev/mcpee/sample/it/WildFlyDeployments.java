package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Deployments to the WildFly the build started, through its deployment scanner. */
final class WildFlyDeployments {

    /** WildFly's home. */
    static final Path HOME = Path.of(System.getProperty("wildfly.home", "target/wildfly"));
    /** The scanned directory. */
    static final Path DIRECTORY = HOME.resolve("standalone").resolve("deployments");
    /** The management interface (health endpoints), port offset 10000. */
    static final String MANAGEMENT = "http://localhost:" + System.getProperty("wildfly.mgmt.port", "19990");

    private WildFlyDeployments() {
    }

    /**
     * Copies a WAR into the scanned directory and waits for the scanner's verdict.
     *
     * @param war the archive
     * @throws Exception when it fails or is not deployed within 30 s
     */
    static void deploy(WebArchive war) throws Exception {
        String name = war.getName();
        Files.deleteIfExists(DIRECTORY.resolve(name + ".failed"));
        Path staging = Files.createTempFile("deploy", ".war");
        war.as(ZipExporter.class).exportTo(staging.toFile(), true);
        // Move in one step, so the scanner never sees half a file.
        Files.move(staging, DIRECTORY.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        Path deployed = DIRECTORY.resolve(name + ".deployed");
        Path failed = DIRECTORY.resolve(name + ".failed");
        for (int i = 0; i < 300 && !Files.exists(deployed) && !Files.exists(failed); i++) {
            Thread.sleep(100);
        }
        assertFalse(Files.exists(failed), () -> name + " failed to deploy: " + read(failed));
        assertTrue(Files.exists(deployed), name + " not deployed within 30 s");
    }

    /**
     * Removes a WAR (the scanner undeploys it).
     *
     * @param name the archive's file name
     * @throws IOException when it cannot be deleted
     */
    static void undeploy(String name) throws IOException {
        Files.deleteIfExists(DIRECTORY.resolve(name));
    }

    /**
     * The server log as it is now.
     *
     * @return its text
     */
    static String log() {
        return read(HOME.resolve("standalone").resolve("log").resolve("server.log"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
