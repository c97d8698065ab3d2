package dev.mcpee.sample.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

/** Runs a script of the real MCP clients installed from npm (src/test/node) and reads its JSON report. */
public final class NodeClient {

    private NodeClient() {
    }

    /**
     * Runs {@code node <script> <args>} in the installed clients' directory.
     *
     * @param script the script
     * @param args   its arguments
     * @return the JSON object the script printed as its last line
     */
    public static JsonObject run(String script, String... args) throws IOException, InterruptedException {
        File dir = new File(System.getProperty("node.clients.dir", "target/node"));
        List<String> command = new java.util.ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir).redirectErrorStream(true).start();
        boolean done = p.waitFor(90, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(done, "node " + script + " timed out:\n" + out);
        assertEquals(0, p.exitValue(), "node " + script + " failed:\n" + out);
        String last = out.substring(out.lastIndexOf('\n') + 1);
        return McpHttp.parse(last).asJsonObject();
    }
}
