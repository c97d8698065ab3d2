package dev.mcpee.sample.bench;

import java.util.List;
import java.util.function.Predicate;

/**
 * One kind of call the benchmark makes, the same on mcp-ee's endpoint and on the ceiling: which WAR, which
 * method and tool, whether the call asks for progress (the client always accepts JSON and SSE, as MCP clients
 * do), whether every call brings a token never seen before, and what a right answer contains.
 *
 * @param name      the table's name for it
 * @param war       the WAR (context root) it is served by
 * @param method    the JSON-RPC method
 * @param tool      the tool ({@code tools/call}), else null
 * @param params    further params members (the arguments), as JSON text without braces, or empty
 * @param progress  whether the call sends a progress token
 * @param coldToken null for one token per client, else the algorithm of the fresh token every call brings
 * @param cursorPage for a list: the page whose cursor the call sends (0: the first page, no cursor)
 * @param right     what a right answer's body contains
 */
record Scenario(String name, String war, String method, String tool, String params, boolean progress,
                BenchIssuer.Alg coldToken, int cursorPage, Predicate<String> right) {

    private static final String TEXT = "hello bench";
    private static final String ECHO = "\"arguments\":{\"text\":\"" + TEXT + "\"}";

    private static Predicate<String> contains(String... parts) {
        return body -> {
            for (String part : parts) {
                if (!body.contains(part)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Scenario echo(String name, String tool, BenchIssuer.Alg cold) {
        return new Scenario(name, "bench", "tools/call", tool, ECHO, false, cold, 0,
                contains("\"text\":\"" + TEXT + "\""));
    }

    /**
     * Every scenario, in the order of the table.
     *
     * @return the scenarios
     */
    static List<Scenario> all() {
        return List.of(
                echo("sync text tool", "echo", null),
                new Scenario("sync structured tool", "bench", "tools/call", "echoStructured", ECHO, false, null, 0,
                        contains("\"structuredContent\":{", "\"length\":11", "\\\"length\\\":11")),
                new Scenario("context tool streamed as SSE", "bench", "tools/call", "echoWithProgress",
                        ECHO, true, null, 0,
                        contains("notifications/progress", "\"progressToken\":7", "\"text\":\"" + TEXT + "\"")),
                echo("CompletionStage tool (other thread)", "echoAsync", null),
                new Scenario("tools/list, 10 tools", "tools10", "tools/list", null, "", false, null, 0,
                        contains("\"name\":\"tool_0009\"")),
                new Scenario("tools/list, 1000 tools, page 1", "tools1000", "tools/list", null, "", false, null, 0,
                        contains("\"name\":\"tool_0000\"", "\"name\":\"tool_0009\"", "\"nextCursor\"")),
                new Scenario("tools/list, 1000 tools, page 51", "tools1000", "tools/list", null, "", false, null, 50,
                        contains("\"name\":\"tool_0500\"", "\"name\":\"tool_0509\"", "\"nextCursor\"")),
                echo("new RS256 token every call", "echo", BenchIssuer.Alg.RS256),
                echo("new ES256 token every call", "echo", BenchIssuer.Alg.ES256),
                new Scenario("sample JPA tool (get_pet_profile)", "bench", "tools/call", "get_pet_profile",
                        "\"arguments\":{\"petId\":1}", false, null, 0, contains("\"structuredContent\":{",
                                "\"name\":\"Rex\"")));
    }
}
