package dev.mcpee.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean as an MCP tool that clients can list ({@code tools/list}) and call
 * ({@code tools/call}).
 *
 * <p>The bean may have any normal scope ({@code @ApplicationScoped}, {@code @RequestScoped}, ...) or be
 * {@code @Dependent}; a {@code @Dependent} instance is created for the call and destroyed after it. The
 * call goes through the bean's contextual reference, so interceptors such as {@code @Transactional} apply.
 * The method must not be private or static.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class PetTools {
 *     @McpTool(description = "Next vaccination date of a pet", readOnlyHint = true)
 *     public LocalDate nextVaccination(@McpArg(description = "Pet id") long petId) { ... }
 * }
 * }</pre>
 *
 * <p>Parameters become the tool's arguments (see {@link McpArg}); every parameter is an argument. What
 * the method returns becomes the tool result:
 * <ul>
 *   <li>{@code String}, primitives and their boxes, enums: one text content item;</li>
 *   <li>{@code void}: an empty result;</li>
 *   <li>records, POJOs and {@code Map<String, ?>}: {@code structuredContent} plus a text copy of the same
 *       JSON, and an {@code outputSchema} derived from the type;</li>
 *   <li>collections and arrays: {@code structuredContent} of the form {@code {"result": [...]}} plus a text
 *       copy, with the matching {@code outputSchema};</li>
 *   <li>{@link Content} (text, image, audio, embedded resource, resource link), {@code List<Content>}, or
 *       {@link ToolResult} for full control;</li>
 *   <li>{@code CompletionStage<T>} of any of the above for asynchronous tools.</li>
 * </ul>
 * A {@link ToolException} thrown by the method becomes a result with {@code isError: true} and its message;
 * any other exception becomes {@code isError: true} with a generic message and is logged on the server only.
 *
 * <p>Deployment fails, naming the class, the method and the fix, when a name is invalid or used twice,
 * when a parameter or return type is not supported, when parameter names are not available, or when the
 * security annotations conflict.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpTool {

    /** The tool name pattern of the MCP specification: 1 to 128 of {@code A-Z a-z 0-9 _ - .}. */
    String NAME_PATTERN = "[A-Za-z0-9_.-]{1,128}";

    /**
     * The tool name clients call, unique within the application and matching {@link #NAME_PATTERN}.
     * Empty (the default) means the method name.
     *
     * @return the tool name, or empty for the method name
     */
    String name() default "";

    /**
     * A short human-readable title for user interfaces. Empty (the default) means none.
     *
     * @return the title, or empty
     */
    String title() default "";

    /**
     * What the tool does, written for the model that decides when to call it. Empty (the default) means
     * none, which is legal but leaves the model guessing.
     *
     * @return the description, or empty
     */
    String description() default "";

    /**
     * Hint that the tool does not modify its environment. Default {@code false}, as in the specification.
     *
     * @return the read-only hint
     */
    boolean readOnlyHint() default false;

    /**
     * Hint that the tool may perform destructive updates (meaningful only when not read-only).
     * Default {@code true}, as in the specification.
     *
     * @return the destructive hint
     */
    boolean destructiveHint() default true;

    /**
     * Hint that calling the tool again with the same arguments has no additional effect (meaningful only
     * when not read-only). Default {@code false}, as in the specification.
     *
     * @return the idempotent hint
     */
    boolean idempotentHint() default false;

    /**
     * Hint that the tool may interact with an open world of external entities. Default {@code true}, as in
     * the specification.
     *
     * @return the open-world hint
     */
    boolean openWorldHint() default true;

    /**
     * Whether a call may carry arguments the tool does not declare (they are ignored). {@code false} publishes
     * {@code "additionalProperties": false} in the input schema and answers such calls with an error result
     * naming the unexpected argument. Default {@code true}, forgiving models that add an argument.
     *
     * @return whether undeclared arguments are allowed
     */
    boolean additionalArguments() default true;
}
