package dev.mcpee.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean as the provider of completions ({@code completion/complete}) for one
 * argument of a prompt or one variable of a resource template.
 *
 * <pre>{@code
 * @McpCompletion(prompt = "prepare_visit", argument = "petId")
 * public List<String> petIds(String prefix) {
 *     return records.pets(caller).stream().map(p -> Long.toString(p.id())).filter(id -> id.startsWith(prefix)).toList();
 * }
 *
 * @McpCompletion(resource = "vetassist://pets/{petId}", argument = "petId")
 * public List<String> petIdsOfProfile(String prefix, Map<String, String> context) { ... }
 * }</pre>
 *
 * Rules:
 * <ul>
 *   <li>Exactly one of {@link #prompt()} and {@link #resource()} names the target, which must be deployed, and
 *       {@link #argument()} must be one of its arguments (variables); one provider per argument.</li>
 *   <li>The method takes the partial value ({@code String}) and optionally the already resolved arguments
 *       ({@code Map<String, String>}), and returns {@code List<String>}; the first 100 are sent, with
 *       {@code total} and {@code hasMore} when there are more.</li>
 *   <li>The caller needs the access of the target (its scopes and roles); an argument without a provider
 *       completes to nothing.</li>
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpCompletion {

    /**
     * The prompt whose argument this completes; empty when {@link #resource()} is set.
     *
     * @return the prompt name, or empty
     */
    String prompt() default "";

    /**
     * The resource template whose variable this completes, exactly as in its {@code @McpResource(uri)}; empty
     * when {@link #prompt()} is set.
     *
     * @return the URI template, or empty
     */
    String resource() default "";

    /**
     * The argument (or template variable) completed.
     *
     * @return its name
     */
    String argument();
}
