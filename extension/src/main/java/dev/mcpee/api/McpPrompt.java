package dev.mcpee.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean as an MCP prompt: a message template a user picks in the client
 * ({@code prompts/list}, {@code prompts/get}).
 *
 * <pre>{@code
 * @McpPrompt(name = "prepare_visit", description = "Questions to ask the vet about a pet")
 * public List<PromptMessage> prepareVisit(@McpArg(description = "The pet's name") String pet,
 *                                         @McpArg(description = "What worries you") Optional<String> concern) {
 *     return List.of(PromptMessage.user("Help me prepare a vet visit for " + pet
 *             + concern.map(c -> "; I am worried about " + c).orElse("")));
 * }
 * }</pre>
 *
 * Rules:
 * <ul>
 *   <li>Prompt arguments are strings (MCP sends them as strings): every parameter is a {@code String} or an
 *       {@code Optional<String>}, described with {@link McpArg} (name, description, required,
 *       {@code defaultValue} written as a JSON string). One parameter may instead be an {@link McpContext}
 *       (not an argument): progress, logging to the client, cancellation and requests to the client while
 *       the prompt is rendered, streamed as for tools.</li>
 *   <li>The method returns a {@code String} (one user message), a {@link PromptMessage}, a
 *       {@code List<PromptMessage>}, or a {@link PromptResult} (with a description).</li>
 *   <li>{@link RequiresScope} and the {@code jakarta.annotation.security} annotations apply as for tools: a
 *       caller sees in {@code prompts/list} only the prompts it may get.</li>
 *   <li>A missing required argument or an unknown prompt is a JSON-RPC {@code -32602} error.</li>
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpPrompt {

    /**
     * The prompt name, unique among the application's prompts and matching {@link McpTool#NAME_PATTERN}.
     * Empty (the default) means the method name.
     *
     * @return the name, or empty
     */
    String name() default "";

    /**
     * A short human-readable title. Empty means none.
     *
     * @return the title, or empty
     */
    String title() default "";

    /**
     * What the prompt is for. Empty means none.
     *
     * @return the description, or empty
     */
    String description() default "";
}
