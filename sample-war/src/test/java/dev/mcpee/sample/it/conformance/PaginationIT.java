package dev.mcpee.sample.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import dev.mcpee.sample.it.McpHttp;
import dev.mcpee.api.McpPrompt;
import dev.mcpee.api.McpResource;
import dev.mcpee.api.McpTool;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every list method pages with cursors: two items a page, every item exactly once, in name order. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaginationIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ConformanceDeployment.paged();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyListMethodPages() throws Exception {
        McpHttp mcp = new McpHttp(URI.create(base.toString() + "mcp"), null);
        String session = mcp.openSession();
        assertPages(mcp, session, "tools/list", "tools", "name", declared(m -> m.isAnnotationPresent(McpTool.class)));
        assertPages(mcp, session, "prompts/list", "prompts", "name",
                declared(m -> m.isAnnotationPresent(McpPrompt.class)));
        assertPages(mcp, session, "resources/list", "resources", "uri", declared(m ->
                m.isAnnotationPresent(McpResource.class) && !m.getAnnotation(McpResource.class).uri().contains("{")));
        assertPages(mcp, session, "resources/templates/list", "resourceTemplates", "uriTemplate", declared(m ->
                m.isAnnotationPresent(McpResource.class) && m.getAnnotation(McpResource.class).uri().contains("{")));
    }

    /** How many methods of the fixture classes declare what the list shows: every one is listed, once. */
    private static int declared(java.util.function.Predicate<java.lang.reflect.Method> kind) {
        return (int) java.util.stream.Stream.of(ConformanceFixtures.class, StatelessFixtures.class)
                .flatMap(c -> java.util.Arrays.stream(c.getDeclaredMethods())).filter(kind).count();
    }

    private static void assertPages(McpHttp mcp, String session, String method, String key, String name, int total) {
        List<String> seen = new ArrayList<>();
        JsonValue cursor = null;
        int pages = 0;
        do {
            String params = cursor == null ? "{}" : "{\"cursor\":" + cursor + "}";
            HttpResponse<String> r = mcp.post().session(session).body(McpHttp.request(pages, method, params)).send();
            JsonObject result = McpHttp.parse(r.body()).asJsonObject().getJsonObject("result");
            assertTrue(result.getJsonArray(key).size() <= 2, method + " page too big: " + result);
            result.getJsonArray(key).forEach(v -> seen.add(v.asJsonObject().getString(name)));
            cursor = result.get("nextCursor");
            pages++;
        } while (cursor != null && pages < 50);
        assertEquals(total, seen.size(), method + ": " + seen);
        assertEquals(seen.stream().sorted().toList(), seen, method + " in order, each once");
        assertEquals((total + 1) / 2, pages, method + " pages");
    }
}
