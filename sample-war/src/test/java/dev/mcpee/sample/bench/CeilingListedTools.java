package dev.mcpee.sample.bench;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The ceiling's list in a WAR of generated tools: {@code bench.ceiling.listed} definitions shaped as mcp-ee
 * lists the generated tools, built once.
 */
@ApplicationScoped
public class CeilingListedTools implements CeilingToolSet {

    private final List<JsonObject> definitions = new ArrayList<>();

    /** The name of generated tool {@code i}. */
    static String name(int i) {
        return String.format(java.util.Locale.ROOT, "tool_%04d", i);
    }

    /** The description of generated tool {@code i}. */
    static String description(int i) {
        return "Generated tool " + i + ": returns its text";
    }

    @PostConstruct
    void build() {
        int count = ConfigProvider.getConfig().getOptionalValue("bench.ceiling.listed", Integer.class).orElse(0);
        for (int i = 0; i < count; i++) {
            definitions.add(CeilingTokens.JSON.createReader(new StringReader("{\"name\":\"" + name(i)
                    + "\",\"description\":\"" + description(i) + "\",\"inputSchema\":{\"type\":"
                    + "\"object\",\"properties\":{\"text\":{\"type\":\"string\"},\"count\":{\"type\":\"integer\","
                    + "\"minimum\":-2147483648,\"maximum\":2147483647}},\"required\":[\"text\",\"count\"]}}"))
                    .readObject());
        }
    }

    @Override
    public List<CeilingTool> tools() {
        return List.of();
    }

    @Override
    public List<JsonObject> definitions() {
        return definitions;
    }
}
