package dev.mcpee.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a parameter of an {@link McpTool} method, which is one tool argument. The annotation is
 * optional: an unannotated parameter is a required argument named after the parameter.
 *
 * <pre>{@code
 * @McpTool(description = "Book an appointment")
 * public Appointment book(@McpArg(description = "Pet id") long petId,
 *                         @McpArg(description = "ISO date, e.g. 2026-12-01") LocalDate date,
 *                         @McpArg(description = "Reason for the visit", defaultValue = "\"check-up\"") String reason,
 *                         Optional<String> notes) { ... }
 * }</pre>
 *
 * Rules:
 * <ul>
 *   <li>The name defaults to the parameter name, which the compiler keeps only with {@code -parameters}
 *       (maven-compiler-plugin {@code <parameters>true</parameters>}); without it deployment fails unless
 *       every argument has a {@link #name()}.</li>
 *   <li>An argument is required unless its type is {@code Optional}/{@code OptionalInt}/..., it has a
 *       {@link #defaultValue()}, or {@link #required()} is {@code false}.</li>
 *   <li>A missing optional argument binds to {@code Optional.empty()}, to the default value, or to
 *       {@code null}; a primitive parameter that is not required must have a default value.</li>
 *   <li>Values are converted with JSON-B; a value of the wrong type, a missing required argument or a
 *       value breaking a constraint yields a tool result with {@code isError: true} naming the argument,
 *       without calling the method.</li>
 *   <li>Jakarta Bean Validation constraints on the parameter ({@code @NotNull}, {@code @Size},
 *       {@code @Min}, {@code @Max}, {@code @Pattern}, ...) become JSON Schema keywords and are checked
 *       before the call.</li>
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface McpArg {

    /** Sentinel of {@link #defaultValue()}: no default value. */
    String NO_DEFAULT = "\u0000mcp-ee:no-default";

    /**
     * The argument name; empty (the default) means the parameter name.
     *
     * @return the argument name, or empty
     */
    String name() default "";

    /**
     * What the argument means, for the model. Empty (the default) means none.
     *
     * @return the description, or empty
     */
    String description() default "";

    /**
     * Whether the client must send the argument. Ignored (the argument is optional) for {@code Optional}
     * types and when a {@link #defaultValue()} is given.
     *
     * @return whether the argument is required
     */
    boolean required() default true;

    /**
     * The value used when the client omits the argument, written as JSON ({@code "\"check-up\""},
     * {@code "3"}, {@code "[]"}). It is published as the schema's {@code default}. Invalid JSON, or a value
     * that does not fit the parameter type, fails the deployment.
     *
     * @return the default value as JSON, or {@link #NO_DEFAULT}
     */
    String defaultValue() default NO_DEFAULT;

    /**
     * Also sends the argument as an HTTP header (MCP 2026-07-28, SEP-2243): the schema marks the property
     * {@code x-mcp-header}, a client sends {@code Mcp-Param-<name>} with the value, so that gateways can route on
     * it, and the server refuses a request whose header is missing or differs from the body (400, -32020). For
     * {@code String}, {@code int}/{@code long} and {@code boolean} arguments only; the name is an HTTP token
     * (letters, digits, {@code -} and the like, no spaces), unique within the tool regardless of case. Header values
     * are visible to every intermediary: never mark a secret.
     *
     * @return the header's name after {@code Mcp-Param-}, or empty for none
     */
    String header() default "";
}
