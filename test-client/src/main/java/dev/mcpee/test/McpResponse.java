package dev.mcpee.test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.opentest4j.AssertionFailedError;

/**
 * What the server answered to one request, with fluent assertions that return this response, so they chain:
 * {@code client.callTool("greet", Map.of("name", "Ada")).assertOk().assertText(contains("Ada"))}. A failed
 * assertion throws JUnit's {@link AssertionFailedError}, its message showing what came back. The three ways a
 * request can fail are asserted apart, as the server keeps them apart: a tool's own failure
 * ({@link #assertToolError()}), a JSON-RPC error ({@link #assertError(int)}), and an HTTP refusal with a
 * challenge ({@link #assertUnauthorized()}, {@link #assertForbidden(String...)}).
 */
public final class McpResponse extends ResponseReading {

    McpResponse(String request, Answer answer) {
        super(request, answer);
    }

    /**
     * Asserts the HTTP status.
     *
     * @param expected the status
     * @return this
     */
    public McpResponse assertStatus(int expected) {
        return check(status() == expected, "HTTP " + expected);
    }

    /**
     * Asserts a successful, complete result: HTTP 200, a JSON-RPC {@code result}, not a tool error
     * ({@code isError}), not a 2026-07-28 {@code input_required} round (this client does not answer those).
     *
     * @return this
     */
    public McpResponse assertOk() {
        JsonObject result = result();
        return check(status() == 200 && !result.getBoolean("isError", false)
                && "complete".equals(result.getString("resultType", "complete")), "HTTP 200 with a complete result"
                + " without isError");
    }

    /**
     * Asserts a tool error: a result with {@code isError: true} (the tool's own failure, or arguments it refused),
     * not a JSON-RPC error.
     *
     * @return this
     */
    public McpResponse assertToolError() {
        return check(result().getBoolean("isError", false), "a result with isError: true");
    }

    /**
     * Asserts a JSON-RPC error with a code, whatever the HTTP status (2026-07-28 header errors come with 400).
     *
     * @param code e.g. {@code -32602}
     * @return this
     */
    public McpResponse assertError(int code) {
        JsonObject error = error();
        return check(error != null && error.get("code") instanceof JsonNumber n && n.isIntegral()
                && n.intValue() == code, "a JSON-RPC error " + code);
    }

    /**
     * Asserts a JSON-RPC error with a code and a message meeting a condition.
     *
     * @param code    e.g. {@code -32602}
     * @param message the condition on {@code error.message}
     * @return this
     */
    public McpResponse assertError(int code, TextCondition message) {
        return assertError(code).check(message.isMetBy(error().getString("message", "")),
                "an error message that " + message.description());
    }

    /**
     * Asserts the result's text (see {@link #text()}) meets a condition.
     *
     * @param condition e.g. {@code contains("Ada")}
     * @return this
     */
    public McpResponse assertText(TextCondition condition) {
        return check(condition.isMetBy(text()), "text that " + condition.description());
    }

    /**
     * Asserts the result's text (see {@link #text()}) is exactly this.
     *
     * @param expected the text
     * @return this
     */
    public McpResponse assertText(String expected) {
        return assertText(TextCondition.equalTo(expected));
    }

    /**
     * Asserts the {@code structuredContent} equals a JSON value (members in any order, numbers by value).
     *
     * @param expectedJson the expected structured content as JSON text
     * @return this
     * @throws IllegalArgumentException when the text is not JSON
     */
    public McpResponse assertStructured(String expectedJson) {
        JsonValue expected = JsonValues.parse(expectedJson);
        if (expected == null) {
            throw new IllegalArgumentException("Not JSON: " + expectedJson);
        }
        return check(JsonValues.same(expected, structured()), "structuredContent " + expected);
    }

    /**
     * Asserts one value inside the {@code structuredContent}.
     *
     * @param pointer  a JSON Pointer (RFC 6901) into the structured content, e.g. {@code /result/0/name}
     * @param expected the value: a string, number, boolean, null, list, map or {@link JsonValue}
     * @return this
     */
    public McpResponse assertStructured(String pointer, Object expected) {
        JsonValue want = JsonValues.of(expected);
        JsonValue actual;
        try {
            actual = Json.createPointer(pointer).getValue(structured());
        } catch (JsonException e) {
            throw fail(pointer + " = " + want + " in structuredContent (there is no " + pointer + ")");
        }
        return check(JsonValues.same(want, actual), pointer + " = " + want + " in structuredContent (it is "
                + actual + ")");
    }

    /**
     * Asserts a list result lists each of these names (a tool's or prompt's {@code name}, a resource's
     * {@code name} or {@code uri}, a template's {@code name} or {@code uriTemplate}). Only the page this request
     * got is looked at.
     *
     * @param names the names
     * @return this
     */
    public McpResponse assertListed(String... names) {
        List<String> listed = ResultContent.names(result());
        List<String> missing = Arrays.stream(names).filter(n -> !listed.contains(n)).toList();
        return check(missing.isEmpty(), "a list with " + missing + " (it lists " + listed + ")");
    }

    /**
     * Asserts a list result lists none of these names (see {@link #assertListed(String...)}).
     *
     * @param names the names
     * @return this
     */
    public McpResponse assertNotListed(String... names) {
        List<String> listed = ResultContent.names(result());
        List<String> present = Arrays.stream(names).filter(listed::contains).toList();
        return check(present.isEmpty(), "a list without " + present + " (it lists " + listed + ")");
    }

    /**
     * Asserts the server sent at least one notification of a method before the response.
     *
     * @param method e.g. {@code notifications/message}
     * @return this
     */
    public McpResponse assertNotified(String method) {
        return check(!notifications(method).isEmpty(), "a " + method + " notification (got " + methods() + ")");
    }

    /**
     * Asserts the server sent exactly so many notifications of a method before the response.
     *
     * @param method e.g. {@code notifications/progress}
     * @param times  how many
     * @return this
     */
    public McpResponse assertNotified(String method, int times) {
        return check(notifications(method).size() == times, times + " " + method + " notification(s) (got "
                + methods() + ")");
    }

    /**
     * Asserts a 401 with a {@code Bearer} challenge naming the protected resource metadata
     * ({@code resource_metadata}, RFC 9728), from which a client finds the authorization server.
     *
     * @return this
     */
    public McpResponse assertUnauthorized() {
        return check(status() == 401 && challenge().flatMap(c -> c.param("resource_metadata")).isPresent(),
                "HTTP 401 with WWW-Authenticate: Bearer resource_metadata=\"...\"");
    }

    /**
     * Asserts a 403. With scopes, also an {@code insufficient_scope} challenge whose {@code scope} names each of
     * them (it may name more: every scope the call needs); without, any 403 (a role refused, {@code @DenyAll}).
     *
     * @param scopes scopes the challenge must name
     * @return this
     */
    public McpResponse assertForbidden(String... scopes) {
        check(status() == 403, "HTTP 403");
        if (scopes.length == 0) {
            return this;
        }
        Optional<Challenge> insufficient = challenge()
                .filter(c -> c.param("error").filter("insufficient_scope"::equals).isPresent());
        return check(insufficient.isPresent() && insufficient.get().scopes().containsAll(Arrays.asList(scopes)),
                "WWW-Authenticate: Bearer error=\"insufficient_scope\", scope naming " + Arrays.asList(scopes));
    }

    private McpResponse check(boolean met, String expected) {
        if (!met) {
            throw fail(expected);
        }
        return this;
    }

}
