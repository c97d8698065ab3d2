package dev.mcpee.sample.it.conformance;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import dev.mcpee.api.AudioContent;
import dev.mcpee.api.Content;
import dev.mcpee.api.EmbeddedResource;
import dev.mcpee.api.ImageContent;
import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpCompletion;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpPrompt;
import dev.mcpee.api.McpResource;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.PromptMessage;
import dev.mcpee.api.TextContent;
import dev.mcpee.api.ToolException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The fixtures the official MCP conformance suite (0.1.16, {@code --suite all}) expects, with the exact names
 * and values of its scenarios. Test sources only: deployed by {@link ConformanceDeployment}.
 */
@ApplicationScoped
public class ConformanceFixtures {

    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
    static final String WAV = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=";

    /**
     * The $defs entry the json-schema-2020-12 scenario looks for (named in lower case on purpose).
     *
     * @param street the street
     * @param city   the city
     */
    public record address(String street, String city) {
    }

    @McpTool(name = "test_simple_text", description = "Tests simple text content response")
    public String simpleText() {
        return "This is a simple text response for testing.";
    }

    @McpTool(name = "test_image_content", description = "Tests image content response")
    public ImageContent image() {
        return new ImageContent(PNG, "image/png");
    }

    @McpTool(name = "test_audio_content", description = "Tests audio content response")
    public AudioContent audio() {
        return new AudioContent(WAV, "audio/wav");
    }

    @McpTool(name = "test_embedded_resource", description = "Tests embedded resource content response")
    public EmbeddedResource embedded() {
        return EmbeddedResource.text("test://embedded-resource", "text/plain", "This is an embedded resource content.");
    }

    @McpTool(name = "test_multiple_content_types", description = "Tests response with multiple content types")
    public List<Content> mixed() {
        return List.of(new TextContent("Multiple content types test:"), new ImageContent(PNG, "image/png"),
                EmbeddedResource.text("test://mixed-content-resource", "application/json",
                        "{\"test\":\"data\",\"value\":123}"));
    }

    @McpTool(name = "test_tool_with_logging", description = "Tests tool that emits log messages during execution")
    public String logging(McpContext call) throws InterruptedException {
        call.log(McpContext.Level.INFO, null, "Tool execution started");
        Thread.sleep(50);
        call.log(McpContext.Level.INFO, null, "Tool processing data");
        Thread.sleep(50);
        call.log(McpContext.Level.INFO, null, "Tool execution completed");
        return "Tool with logging executed successfully";
    }

    @McpTool(name = "test_tool_with_progress", description = "Tests tool that reports progress notifications")
    public String progress(McpContext call) throws InterruptedException {
        call.progress(0, 100.0, null);
        Thread.sleep(50);
        call.progress(50, 100.0, null);
        Thread.sleep(50);
        call.progress(100, 100.0, null);
        return "Progress test completed";
    }

    @McpTool(name = "test_sampling", description = "Tests server-initiated sampling (LLM completion request)")
    public String sampling(@McpArg(description = "The prompt to send to the LLM") String prompt, McpContext call) {
        JsonObject result = call.sample(List.of(PromptMessage.user(prompt)), 100).toCompletableFuture().join();
        return "LLM response: " + result.getJsonObject("content").getString("text");
    }

    @McpTool(name = "test_elicitation", description = "Tests server-initiated elicitation (user input request)")
    public String elicitation(@McpArg(description = "The message to show the user") String message,
                              McpContext call) {
        JsonObject schema = Json.createObjectBuilder().add("type", "object")
                .add("properties", Json.createObjectBuilder()
                        .add("username", Json.createObjectBuilder().add("type", "string")
                                .add("description", "User's response"))
                        .add("email", Json.createObjectBuilder().add("type", "string")
                                .add("description", "User's email address")))
                .add("required", Json.createArrayBuilder().add("username").add("email")).build();
        JsonObject result = call.elicit(message, schema).toCompletableFuture().join();
        return "User response: action=" + result.getString("action") + ", content=" + result.get("content");
    }

    @McpTool(name = "test_elicitation_sep1034_defaults",
            description = "Tests elicitation with default values per SEP-1034")
    public String elicitationDefaults(McpContext call) {
        JsonObject schema = Json.createObjectBuilder().add("type", "object")
                .add("properties", Json.createObjectBuilder()
                        .add("name", Json.createObjectBuilder().add("type", "string").add("default", "John Doe"))
                        .add("age", Json.createObjectBuilder().add("type", "integer").add("default", 30))
                        .add("score", Json.createObjectBuilder().add("type", "number").add("default", 95.5))
                        .add("status", Json.createObjectBuilder().add("type", "string")
                                .add("enum", Json.createArrayBuilder().add("active").add("inactive").add("pending"))
                                .add("default", "active"))
                        .add("verified", Json.createObjectBuilder().add("type", "boolean").add("default", true)))
                .build();
        JsonObject result = call.elicit("Please review and update the form fields with defaults", schema)
                .toCompletableFuture().join();
        return "Elicitation completed: action=" + result.getString("action") + ", content=" + result.get("content");
    }

    @McpTool(name = "test_elicitation_sep1330_enums",
            description = "Tests elicitation with enum schema improvements per SEP-1330")
    public String elicitationEnums(McpContext call) {
        JsonObject schema = Json.createObjectBuilder().add("type", "object")
                .add("properties", Json.createObjectBuilder()
                        .add("untitledSingle", Json.createObjectBuilder().add("type", "string")
                                .add("enum", Json.createArrayBuilder().add("option1").add("option2").add("option3")))
                        .add("titledSingle", Json.createObjectBuilder().add("type", "string")
                                .add("oneOf", titled("value1", "First Option", "value2", "Second Option", "value3",
                                        "Third Option")))
                        .add("legacyEnum", Json.createObjectBuilder().add("type", "string")
                                .add("enum", Json.createArrayBuilder().add("opt1").add("opt2").add("opt3"))
                                .add("enumNames", Json.createArrayBuilder().add("Option One").add("Option Two")
                                        .add("Option Three")))
                        .add("untitledMulti", Json.createObjectBuilder().add("type", "array").add("minItems", 1)
                                .add("maxItems", 3).add("items", Json.createObjectBuilder().add("type", "string")
                                        .add("enum", Json.createArrayBuilder().add("option1").add("option2")
                                                .add("option3"))))
                        .add("titledMulti", Json.createObjectBuilder().add("type", "array").add("minItems", 1)
                                .add("maxItems", 3).add("items", Json.createObjectBuilder().add("anyOf",
                                        titled("value1", "First Choice", "value2", "Second Choice", "value3",
                                                "Third Choice")))))
                .add("required", Json.createArrayBuilder()).build();
        JsonObject result = call.elicit("Please select options from the enum fields", schema).toCompletableFuture()
                .join();
        return "Elicitation completed: action=" + result.getString("action") + ", content=" + result.get("content");
    }

    private static jakarta.json.JsonArrayBuilder titled(String... constAndTitle) {
        jakarta.json.JsonArrayBuilder b = Json.createArrayBuilder();
        for (int i = 0; i < constAndTitle.length; i += 2) {
            b.add(Json.createObjectBuilder().add("const", constAndTitle[i]).add("title", constAndTitle[i + 1]));
        }
        return b;
    }

    @McpTool(name = "test_error_handling", description = "Tests error response handling")
    public String error() {
        throw new ToolException("This tool intentionally returns an error for testing");
    }

    @McpTool(name = "json_schema_2020_12_tool", description = "Tool with JSON Schema 2020-12 features",
            additionalArguments = false)
    public String jsonSchema(Optional<String> name, Optional<address> address) {
        return "JSON Schema 2020-12 tool called";
    }

    @McpTool(name = "test_reconnection", description = "Tests SSE stream disconnection and client reconnection")
    public String reconnection(McpContext call) throws InterruptedException {
        // SSE polling: give up the connection after the priming event; the result waits for the reconnect.
        call.detach();
        Thread.sleep(100);
        return "Reconnection test completed successfully. If you received this, the client properly reconnected"
                + " after stream closure.";
    }

    @McpResource(uri = "test://static-text", name = "static-text", description = "A static text resource",
            mimeType = "text/plain")
    public String staticText() {
        return "This is the content of the static text resource.";
    }

    @McpResource(uri = "test://static-binary", name = "static-binary", description = "A static binary resource",
            mimeType = "image/png")
    public byte[] staticBinary() {
        return Base64.getDecoder().decode(PNG);
    }

    @McpResource(uri = "test://template/{id}/data", name = "template", description = "A resource template",
            mimeType = "application/json")
    public String template(String id) {
        return "{\"id\":\"" + id + "\",\"templateTest\":true,\"data\":\"Data for ID: " + id + "\"}";
    }

    @McpResource(uri = "test://watched-resource", name = "watched-resource", description = "A watched resource",
            mimeType = "text/plain")
    public String watched() {
        return "Watched resource content";
    }

    @McpPrompt(name = "test_simple_prompt", description = "A simple prompt without arguments")
    public String simplePrompt() {
        return "This is a simple prompt for testing.";
    }

    @McpPrompt(name = "test_prompt_with_arguments", description = "A prompt with required arguments")
    public String withArguments(@McpArg(description = "First test argument") String arg1,
                                @McpArg(description = "Second test argument") String arg2) {
        return "Prompt with arguments: arg1='" + arg1 + "', arg2='" + arg2 + "'";
    }

    @McpPrompt(name = "test_prompt_with_embedded_resource", description = "A prompt that includes an embedded resource")
    public List<PromptMessage> withResource(@McpArg(description = "URI of the resource to embed") String resourceUri) {
        return List.of(new PromptMessage(PromptMessage.Role.USER, EmbeddedResource.text(resourceUri, "text/plain",
                        "Embedded resource content for testing.")),
                PromptMessage.user("Please process the embedded resource above."));
    }

    @McpPrompt(name = "test_prompt_with_image", description = "A prompt that includes image content")
    public List<PromptMessage> withImage() {
        return List.of(new PromptMessage(PromptMessage.Role.USER, new ImageContent(PNG, "image/png")),
                PromptMessage.user("Please analyze the image above."));
    }

    @McpCompletion(prompt = "test_prompt_with_arguments", argument = "arg1")
    public List<String> arg1(String prefix) {
        return List.of("paris", "park", "party").stream().filter(v -> v.startsWith(prefix)).toList();
    }
}
