package dev.mcpee.sample.it;

import dev.mcpee.api.McpTool;
import jakarta.enterprise.context.ApplicationScoped;

/** The one tool of {@link ReadmeFeaturesIT}'s WAR (a top-level class: the WAR carries nothing else). */
@ApplicationScoped
public class ReadmeGreeter {

    /**
     * Greets.
     *
     * @param name who
     * @return the greeting
     */
    @McpTool(description = "Greets")
    public String greet(String name) {
        return "Hello, " + name;
    }
}
