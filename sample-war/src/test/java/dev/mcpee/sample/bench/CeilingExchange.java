package dev.mcpee.sample.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The benchmark's ceiling: the thinnest correct MCP exchange a server can do for the benchmark's calls, in the
 * same WAR as mcp-ee's endpoint, served by a plain servlet ({@link CeilingServlet}) and, to show what JAX-RS
 * alone costs, by a JAX-RS resource used as mcp-ee uses its own ({@link CeilingResource}). It reads the raw body
 * with JSON-P, verifies the bearer token as mcp-ee does ({@link CeilingTokens}), keeps 2025-11-25 sessions bound
 * to their owner, checks the 2026-07-28 headers against the body, and answers bytes: JSON, or SSE with one
 * progress event when the tool reports progress and the client accepts SSE; an unfinished stage is answered
 * when it completes. Nothing else: no schema validation of arguments, no pagination state beyond an offset
 * cursor, no replay log, no priming event. Answers are assembled as text around JSON-P-escaped values because
 * that is the least work; product code builds JSON with JSON-P.
 */
@ApplicationScoped
public class CeilingExchange {

    /**
     * An answer: status, content type (or null), headers, body; a streamed answer's first event goes out (is
     * flushed) before the rest, as a server streaming a call's progress must send it.
     */
    public record Reply(int status, String contentType, Map<String, String> headers, byte[] first, byte[] body) {

        static Reply of(int status) {
            return new Reply(status, null, Map.of(), null, new byte[0]);
        }

        static Reply json(int status, String json) {
            return new Reply(status, "application/json", Map.of(), null, json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final JsonReaderFactory READERS = CeilingTokens.JSON.createReaderFactory(Map.of());
    /** The most body bytes read, as mcp-ee's default {@code mcp.http.max-request-bytes}. */
    public static final int MAX_BODY = 4 * 1024 * 1024;
    private static final String REVISION_2026 = "2026-07-28";
    private static final String META_2026 = ",\"resultType\":\"complete\",\"_meta\":{\"io.modelcontextprotocol/"
            + "serverInfo\":{\"name\":\"ceiling\",\"version\":\"1.0.0\"}}}";

    @Inject
    Instance<CeilingToolSet> toolSets;

    private CeilingTokens tokens;
    private int page;
    private final Map<String, CeilingTool> tools = new HashMap<>();
    /** Each listed tool's JSON text, written once: a list only concatenates them. */
    private final List<String> definitions = new ArrayList<>();
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @PostConstruct
    void init() {
        Config config = ConfigProvider.getConfig();
        Set<String> audiences = new HashSet<>(List.of(config.getValue("mcp.auth.resource", String.class)));
        config.getOptionalValue("mcp.auth.audience-aliases", String.class)
                .ifPresent(a -> audiences.addAll(List.of(a.split(","))));
        tokens = new CeilingTokens(config.getValue("mcp.auth.issuer", String.class), audiences);
        page = config.getOptionalValue("mcp.list.page-size", Integer.class).orElse(50);
        for (CeilingToolSet set : toolSets) {
            set.tools().forEach(t -> tools.put(t.name(), t));
            set.definitions().forEach(d -> definitions.add(d.toString()));
        }
    }

    /**
     * Ends a session.
     *
     * @param header the request's headers by name
     * @return the answer
     */
    public Reply delete(UnaryOperator<String> header) {
        CeilingTokens.Claims caller = tokens.verify(header.apply("Authorization"));
        String id = header.apply("Mcp-Session-Id");
        if (caller == null) {
            return Reply.of(401);
        }
        if (id == null) {
            return Reply.of(400);
        }
        return Reply.of(caller.owner().equals(sessions.get(id)) && sessions.remove(id) != null ? 204 : 404);
    }

    /**
     * Answers one POSTed message.
     *
     * @param header the request's headers by name
     * @param body   the body, at most {@link #MAX_BODY} + 1 bytes of it
     * @return the answer, now or when the tool completes
     */
    public CompletionStage<Reply> post(UnaryOperator<String> header, byte[] body) {
        CeilingTokens.Claims caller = tokens.verify(header.apply("Authorization"));
        if (caller == null) {
            return done(new Reply(401, null, Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""), null,
                    new byte[0]));
        }
        if (body.length > MAX_BODY) {
            return done(Reply.of(413));
        }
        JsonObject message;
        try {
            message = READERS.createReader(new ByteArrayInputStream(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            return done(error(400, JsonValue.NULL, -32700, "Parse error"));
        }
        JsonValue id = message.get("id");
        String method = message.getString("method", "");
        JsonObject params = message.get("params") instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
        boolean stateless = REVISION_2026.equals(header.apply("MCP-Protocol-Version"));
        if (id == null) {
            return done(Reply.of(202)); // notifications/initialized and other notifications
        }
        if (stateless) {
            JsonObject meta = params.get("_meta") instanceof JsonObject m ? m : JsonValue.EMPTY_JSON_OBJECT;
            String name = params.getString("name", null);
            if (!method.equals(header.apply("Mcp-Method"))
                    || (name != null && !name.equals(header.apply("Mcp-Name")))
                    || !REVISION_2026.equals(meta.getString("io.modelcontextprotocol/protocolVersion", ""))) {
                return done(error(400, id, -32020, "Headers do not match the body"));
            }
        } else if ("initialize".equals(method)) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String session = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            sessions.put(session, caller.owner());
            Reply init = Reply.json(200, envelope(id, "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":"
                    + "{\"tools\":{}},\"serverInfo\":{\"name\":\"ceiling\",\"version\":\"1.0.0\"}}"));
            return done(new Reply(200, init.contentType(), Map.of("Mcp-Session-Id", session), null, init.body()));
        } else {
            String session = header.apply("Mcp-Session-Id");
            if (session == null) {
                return done(error(400, id, -32600, "Mcp-Session-Id required"));
            }
            if (!caller.owner().equals(sessions.get(session))) {
                return done(error(404, id, -32001, "Session not found"));
            }
        }
        return switch (method) {
            case "tools/list" -> done(Reply.json(200, envelope(id, finish(list(params), stateless))));
            case "tools/call" -> call(header, id, params, caller, stateless);
            case "ping" -> done(Reply.json(200, envelope(id, "{}")));
            default -> done(error(stateless ? 404 : 200, id, -32601, "Method not found"));
        };
    }

    private static CompletionStage<Reply> done(Reply reply) {
        return CompletableFuture.completedFuture(reply);
    }

    private CompletionStage<Reply> call(UnaryOperator<String> header, JsonValue id, JsonObject params,
                                        CeilingTokens.Claims caller, boolean stateless) {
        CeilingTool tool = tools.get(params.getString("name", ""));
        if (tool == null) {
            return done(error(200, id, -32602, "Unknown tool"));
        }
        JsonObject arguments = params.get("arguments") instanceof JsonObject a ? a : JsonValue.EMPTY_JSON_OBJECT;
        String accept = header.apply("Accept");
        String progress = null;
        if (tool.progress() && accept != null && accept.contains("text/event-stream")
                && params.get("_meta") instanceof JsonObject meta && meta.get("progressToken") != null) {
            progress = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":"
                    + meta.get("progressToken") + ",\"progress\":1,\"total\":1.0}}";
        }
        String events = progress;
        return tool.call(arguments, caller).thenApply(result -> answer(id, result, stateless, events));
    }

    private static Reply answer(JsonValue id, String result, boolean stateless, String progress) {
        String message = envelope(id, finish(result, stateless));
        if (progress == null) {
            return Reply.json(200, message);
        }
        return new Reply(200, "text/event-stream", Map.of(), ("event: message\ndata: " + progress + "\n\n")
                .getBytes(StandardCharsets.UTF_8), ("event: message\ndata: " + message + "\n\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private String list(JsonObject params) {
        int offset = 0;
        if (params.get("cursor") instanceof JsonString cursor) {
            offset = Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor.getString()),
                    StandardCharsets.UTF_8));
        }
        StringBuilder out = new StringBuilder("{\"tools\":[");
        int end = Math.min(definitions.size(), offset + page);
        for (int i = offset; i < end; i++) {
            out.append(i > offset ? "," : "").append(definitions.get(i));
        }
        out.append(']');
        if (end < definitions.size()) {
            out.append(",\"nextCursor\":\"").append(Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(String.valueOf(end).getBytes(StandardCharsets.UTF_8))).append('"');
        }
        return out.append('}').toString();
    }

    private static String finish(String result, boolean stateless) {
        return stateless ? result.substring(0, result.length() - 1) + META_2026 : result;
    }

    private static String envelope(JsonValue id, String result) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + result + "}";
    }

    private static Reply error(int status, JsonValue id, int code, String text) {
        return Reply.json(status, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"error\":{\"code\":" + code
                + ",\"message\":" + CeilingTokens.JSON.createValue(text) + "}}");
    }

    /**
     * A text result.
     *
     * @param text the text
     * @return the result object's JSON text
     */
    static String textResult(String text) {
        return "{\"content\":[{\"type\":\"text\",\"text\":" + CeilingTokens.JSON.createValue(text) + "}]}";
    }

    /**
     * A structured result from JSON serialized once: the object, and the same text as the text copy.
     *
     * @param json the object's JSON text
     * @return the result object's JSON text
     */
    static String structuredResult(String json) {
        return "{\"content\":[{\"type\":\"text\",\"text\":" + CeilingTokens.JSON.createValue(json)
                + "}],\"structuredContent\":" + json + "}";
    }

    /** @return a number argument, or -1 */
    static long number(JsonObject arguments, String name) {
        return arguments.get(name) instanceof JsonNumber n ? n.longValue() : -1;
    }
}
