package dev.mcpee.sample.bench;

import java.util.List;

import jakarta.json.JsonObject;

/**
 * The tools a WAR's {@link CeilingServlet} serves and lists, found through CDI so that each WAR brings its own:
 * the echo and pet tools in the benchmark's sample WAR, only listed tools in the generated ones.
 */
public interface CeilingToolSet {

    /** @return the tools it calls */
    List<CeilingTool> tools();

    /** @return the definitions {@code tools/list} pages through */
    List<JsonObject> definitions();
}
