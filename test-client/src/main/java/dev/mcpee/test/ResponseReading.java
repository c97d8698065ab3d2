package dev.mcpee.test;

import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;
import org.opentest4j.AssertionFailedError;

/**
 * What {@link McpResponse} reads from an answer: status, headers, the JSON-RPC message, result, text and the
 * notifications that came before it. Apart from the assertions so each half stays small.
 */
abstract class ResponseReading {

    final String request;
    final Answer answer;

    ResponseReading(String request, Answer answer) {
        this.request = request;
        this.answer = answer;
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int status() {
        return answer.status();
    }

    /**
     * A response header.
     *
     * @param name the header, any case
     * @return its first value, or empty
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(answer.header(name));
    }

    /**
     * The JSON-RPC response message ({@code result} or {@code error}, with {@code id}).
     *
     * @return the message, or empty when none came (a refusal without a body, a notification's 202)
     */
    public Optional<JsonObject> message() {
        return Optional.ofNullable(answer.response());
    }

    /**
     * The JSON-RPC result.
     *
     * @return the result
     * @throws AssertionFailedError when the answer has no result
     */
    public JsonObject result() {
        if (answer.response() == null || !(answer.response().get("result") instanceof JsonObject result)) {
            throw fail("a JSON-RPC result");
        }
        return result;
    }

    /**
     * The {@code structuredContent} of a tool result.
     *
     * @return the structured content
     * @throws AssertionFailedError when there is none
     */
    public JsonObject structured() {
        if (!(result().get("structuredContent") instanceof JsonObject structured)) {
            throw fail("structuredContent in the result");
        }
        return structured;
    }

    /**
     * The text of the result: a tool's text content, a prompt's message texts or a resource's text contents,
     * items joined with a line break.
     *
     * @return the text, "" when there is none
     */
    public String text() {
        return ResultContent.text(answer.response() == null ? null : answer.response().getJsonObject("result"));
    }

    /**
     * The notifications the server sent on this request's event stream before the response (progress, log
     * messages), in order. What the server sends on another stream is not here.
     *
     * @return the notifications
     */
    public List<JsonObject> notifications() {
        return answer.notifications();
    }

    /**
     * The notifications of one method.
     *
     * @param method e.g. {@code notifications/progress}
     * @return those notifications, in order
     */
    public List<JsonObject> notifications(String method) {
        return answer.notifications().stream().filter(n -> method.equals(n.getString("method", null))).toList();
    }

    /**
     * The {@code Bearer} challenge of the {@code WWW-Authenticate} header.
     *
     * @return the challenge, or empty when there is none
     */
    public Optional<Challenge> challenge() {
        return Challenge.bearer(answer.headers().allValues("WWW-Authenticate"));
    }

    /**
     * The request and what came back, as failure messages show them.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return request + " -> " + answer.describe();
    }

    JsonObject error() {
        return answer.response() == null ? null : answer.response().get("error") instanceof JsonObject e ? e : null;
    }

    List<String> methods() {
        return answer.notifications().stream().map(n -> n.getString("method", "?")).toList();
    }

    AssertionFailedError fail(String expected) {
        return new AssertionFailedError(request + ": expected " + expected + ", but got " + answer.describe());
    }
}
