package dev.mcpee.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mcpee.internal.jsonrpc.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fuzzes the whole POST path over a real deployment ({@link FuzzTools}, the sample's argument shapes): the
 * JSON-RPC decoder, every method's params, the argument binder and the schema validator, URI template matching,
 * completions, under a 2025-11-25 session and as 2026-07-28 requests. The property: every body gets an answer
 * of the transport's documented statuses, JSON or an event stream, never 5xx, never a stack trace, never an
 * internal error. The input's first byte picks the era; the rest is the body. Seeds (real requests):
 * {@code EndpointFuzzTestInputs/answers}.
 */
class EndpointFuzzTest {

    @RegisterExtension
    static final HttpFixture MCP = new HttpFixture(FuzzTools.class);

    private static final Set<Integer> STATUSES = Set.of(200, 202, 400, 403, 404, 406, 409, 413, 415, 429);
    private static String session;

    @FuzzTest
    void answers(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        HttpFixture.Request request = MCP.request();
        if ((input[0] & 1) == 0) {
            if (session == null) {
                session = MCP.openSession();
            }
            request.session(session);
        } else {
            stateless(request, body);
        }
        HttpReply reply = request.post(new String(body, StandardCharsets.UTF_8));
        assertTrue(STATUSES.contains(reply.status()), () -> reply.status() + ": " + HttpFixture.text(reply));
        if (reply.stream() != null) {
            // A call's stream ends by itself; a listen stream only when its client goes: this one leaves after
            // the acknowledgement, as a client may.
            boolean listen = new String(body, StandardCharsets.UTF_8).contains("subscriptions/listen");
            OutputStream client = new OutputStream() {
                private int flushes;

                @Override
                public void write(int b) {
                    // kept nowhere: only that the stream ends matters
                }

                @Override
                public void flush() throws IOException {
                    if (listen && ++flushes > 1) {
                        throw new IOException("the client went away");
                    }
                }
            };
            assertTimeoutPreemptively(HttpFixture.DEADLINE, () -> {
                try {
                    reply.stream().write(client);
                } catch (IOException e) {
                    // the client left
                }
            }, "the stream did not end");
            return;
        }
        String text = HttpFixture.text(reply);
        assertFalse(text.contains("Exception") || text.contains("\tat "), text);
        if (reply.status() == 202) {
            return;
        }
        if (HttpReply.JSON.equals(reply.contentType())) {
            JsonObject answer = Json.parse(text).asJsonObject();
            if (answer.get("error") instanceof JsonObject error) {
                assertFalse(error.getInt("code") == -32603, () -> "internal error: " + text);
            }
        } else {
            assertEquals(HttpReply.EVENT_STREAM, reply.contentType(), text);
        }
    }

    /** The 2026-07-28 headers a client derives from its body, so the fuzzer gets past the header checks. */
    private static void stateless(HttpFixture.Request request, byte[] body) {
        request.header("MCP-Protocol-Version", "2026-07-28");
        try {
            JsonValue value = Json.read(body, 64);
            if (value instanceof JsonObject message && message.get("method") instanceof JsonString method) {
                request.header("Mcp-Method", printable(method.getString()));
                if (message.get("params") instanceof JsonObject params) {
                    JsonValue name = params.containsKey("name") ? params.get("name") : params.get("uri");
                    if (name instanceof JsonString s) {
                        request.header("Mcp-Name", printable(s.getString()));
                    }
                }
            }
        } catch (RuntimeException e) {
            // not JSON: the endpoint refuses it without these headers
        }
    }

    private static String printable(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e) ? value
                : "=?base64?" + java.util.Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))
                        + "?=";
    }
}
