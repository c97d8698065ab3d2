package dev.mcpee.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean as an MCP resource ({@code resources/list}, {@code resources/read}) or, when
 * its URI holds {@code {variables}}, a resource template ({@code resources/templates/list}).
 *
 * <pre>{@code
 * @McpResource(uri = "vetassist://clinic/hours", name = "opening_hours", mimeType = "text/plain")
 * public String hours() { return "Mon-Fri 8:00-18:00"; }
 *
 * @McpResource(uri = "vetassist://pets/{petId}", name = "pet_profile", mimeType = "application/json")
 * public String pet(long petId) { return jsonb.toJson(records.pet(petId)); }
 * }</pre>
 *
 * Rules:
 * <ul>
 *   <li>Template variables are RFC 6570 simple expressions ({@code {name}}); each matches one path segment
 *       (no {@code /}) and binds to the parameter of that name ({@code @McpArg(name)} or the parameter name),
 *       of type {@code String}, {@code long}/{@code Long} or {@code int}/{@code Integer}. Every parameter is a
 *       variable and every variable a parameter, except that one parameter may be an {@link McpContext}: the
 *       read then streams its progress, log messages and requests to the client, as a tool's call does.</li>
 *   <li>The method returns a {@code String} (text contents with {@link #mimeType()}), a {@code byte[]}
 *       (binary contents, sent base64), an {@link EmbeddedResource}, or a {@code List<EmbeddedResource>}.</li>
 *   <li>Reading a URI no resource or template matches is JSON-RPC error {@code -32002}; a
 *       {@link ToolException} from the method is {@code -32602}; other failures {@code -32603}.</li>
 *   <li>{@link RequiresScope} and the {@code jakarta.annotation.security} annotations apply as for tools.</li>
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpResource {

    /**
     * The resource URI (absolute, with a scheme), or a URI template with {@code {variables}}.
     *
     * @return the URI or template
     */
    String uri();

    /**
     * The programmatic name; empty (the default) means the method name.
     *
     * @return the name, or empty
     */
    String name() default "";

    /**
     * A human-readable title; empty means none.
     *
     * @return the title, or empty
     */
    String title() default "";

    /**
     * What the resource holds; empty means none.
     *
     * @return the description, or empty
     */
    String description() default "";

    /**
     * The MIME type of the contents; empty means none is declared.
     *
     * @return the MIME type, or empty
     */
    String mimeType() default "";

    /**
     * How long a 2026-07-28 client may reuse what a read of this resource returned ({@code ttlMs}), as an
     * ISO-8601 duration such as {@code PT1H}; {@code PT0S} means immediately stale. Empty: the server's
     * {@code mcp.cache.ttl}. A value that is not a duration fails the deployment.
     *
     * @return the duration, or empty
     */
    String cacheTtl() default "";
}
