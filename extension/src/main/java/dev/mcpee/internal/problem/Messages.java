package dev.mcpee.internal.problem;

import java.util.List;

/**
 * The texts of the deployment problems, one factory per id. Users search for an id, so an id keeps its meaning
 * for good: a new problem gets a new id, and a retired id is not reused.
 *
 * <p>The ids by range, each range in one class:
 * <ul>
 *   <li>MCPEE001–099, the annotations of tools, prompts, resources and completions and the deployment as a
 *       whole. Too many for one readable class, they are split by what the check looks at: this class holds
 *       what every annotated method is checked for (001–005, 014, 016, 032), its security annotations
 *       (010–013) and the conflicts between beans (018, 022, 027, 031); {@link SignatureMessages} holds what
 *       is particular to one kind of method (006–009, 015, 017, 019–021, 023–026, 028–030, 033, 034).</li>
 *   <li>MCPEE101–105, configuration values, and MCPEE106–111, the authorization settings and the
 *       authorization server: {@link ConfigMessages}.</li>
 * </ul>
 *
 * <p>Parameters: {@code annotation} is the annotation as written ({@code @McpTool}), {@code where} the method as
 * {@code com.example.PetTools#rename(long, String)}, {@code position} a parameter as
 * {@code parameter 2 of @McpTool method com.example.PetTools#rename(long, String)}.
 */
public final class Messages {

    private Messages() {
    }

    /**
     * MCPEE001: the method is static.
     *
     * @param annotation the annotation
     * @param where      the method
     * @param noun       what the annotation makes, e.g. {@code tool}
     * @return the problem
     */
    public static Problem staticMethod(String annotation, String where, String noun) {
        return new Problem("MCPEE001", where, annotation + " method " + where + " is static.",
                "make it an instance method; " + noun + "s run on a bean instance.");
    }

    /**
     * MCPEE002: the method is not public, so calls would bypass the bean's proxy.
     *
     * @param annotation the annotation
     * @param where      the method
     * @return the problem
     */
    public static Problem notPublic(String annotation, String where) {
        return new Problem("MCPEE002", where, annotation + " method " + where + " is not public.",
                "make it public so that calls go through the bean's proxy and interceptors.");
    }

    /**
     * MCPEE003: the name is not one MCP allows.
     *
     * @param annotation the annotation
     * @param where      the method
     * @param noun       what the annotation makes, e.g. {@code tool}
     * @param name       the name
     * @return the problem
     */
    public static Problem invalidName(String annotation, String where, String noun, String name) {
        return new Problem("MCPEE003", where, annotation + " method " + where + " has the " + noun + " name '" + name
                + "', which is not 1 to 128 characters of A-Z a-z 0-9 _ - . as MCP requires.",
                "set " + annotation + "(name = ...) to a valid name.");
    }

    /**
     * MCPEE004: a parameter's name is not in the class file.
     *
     * @param position the parameter
     * @return the problem
     */
    public static Problem parameterNameUnknown(String position) {
        return new Problem("MCPEE004", position, "The name of " + position + " is unknown because the class was"
                + " compiled without -parameters.", "compile with -parameters (maven-compiler-plugin"
                + " <parameters>true</parameters>) or set @McpArg(name = ...).");
    }

    /**
     * MCPEE005: two parameters go by the same name.
     *
     * @param annotation the annotation
     * @param where      the method
     * @param name       the name
     * @return the problem
     */
    public static Problem duplicateArgumentName(String annotation, String where, String name) {
        return new Problem("MCPEE005", where, "Two parameters of " + annotation + " method " + where
                + " are both named '" + name + "'.", "give each a distinct @McpArg(name = ...).");
    }

    /**
     * MCPEE010: more than one role annotation on the same element.
     *
     * @param what        the element, as {@code method ...} or {@code class of ...}
     * @param annotations the role annotations present, e.g. {@code @DenyAll}
     * @return the problem
     */
    public static Problem contradictingRoleAnnotations(String what, List<String> annotations) {
        return new Problem("MCPEE010", what, "The " + what + " carries " + String.join(" and ", annotations)
                + ", which contradict each other.", "keep exactly one of them.");
    }

    /**
     * MCPEE011: {@code @RequiresScope} next to {@code @DenyAll} or {@code @PermitAll}.
     *
     * @param what       the element, as {@code method ...} or {@code class of ...}
     * @param annotation {@code @DenyAll} or {@code @PermitAll}
     * @return the problem
     */
    public static Problem scopeWithRoleRule(String what, String annotation) {
        return new Problem("MCPEE011", what, "The " + what + " carries @RequiresScope together with " + annotation
                + ".", "remove one; @RequiresScope already admits every caller holding the scopes.");
    }

    /**
     * MCPEE012: {@code @RolesAllowed} without a usable role.
     *
     * @param what the element, as {@code method ...} or {@code class of ...}
     * @return the problem
     */
    public static Problem blankRole(String what) {
        return new Problem("MCPEE012", what, "The " + what + " has @RolesAllowed with no role or a blank role.",
                "name the roles, or use @DenyAll to refuse every caller.");
    }

    /**
     * MCPEE013: {@code @RequiresScope} without a valid scope.
     *
     * @param what the element, as {@code method ...} or {@code class of ...}
     * @return the problem
     */
    public static Problem invalidScope(String what) {
        return new Problem("MCPEE013", what, "The " + what + " has @RequiresScope with no scope or an invalid scope"
                + " (RFC 6749 scopes are printable ASCII without spaces, quotes or backslashes).",
                "list valid scope names.");
    }

    /**
     * MCPEE014: the declaring type is not one of the bean's types, so the bean cannot be asked for it.
     *
     * @param annotation the annotation
     * @param where      the method
     * @param declaring  the class declaring the method
     * @param bean       the bean class
     * @return the problem
     */
    public static Problem notABeanType(String annotation, String where, String declaring, String bean) {
        return new Problem("MCPEE014", where, annotation + " method " + where + " is declared by " + declaring
                + ", which is not a type of bean " + bean + " (see @Typed).", "add it to the bean's @Typed types.");
    }

    /**
     * MCPEE016: {@code @McpArg(name = " ")}.
     *
     * @param position the parameter
     * @return the problem
     */
    public static Problem blankArgumentName(String position) {
        return new Problem("MCPEE016", position, position + " has a blank @McpArg name.", "give it a name.");
    }

    /**
     * MCPEE018: two tools with one name.
     *
     * @param name   the name
     * @param first  the method that has it first
     * @param second the method that has it too
     * @return the problem
     */
    public static Problem duplicateToolName(String name, String first, String second) {
        return new Problem("MCPEE018", second, "The tool name '" + name + "' is used by both " + first + " and "
                + second + ".", "give one of them another @McpTool(name = ...).");
    }

    /**
     * MCPEE022: two prompts with one name.
     *
     * @param name   the name
     * @param first  the method that has it first
     * @param second the method that has it too
     * @return the problem
     */
    public static Problem duplicatePromptName(String name, String first, String second) {
        return new Problem("MCPEE022", second, "The prompt name '" + name + "' is used by both " + first + " and "
                + second + ".", "give one of them another @McpPrompt(name = ...).");
    }

    /**
     * MCPEE027: two resources with one URI.
     *
     * @param uri    the URI or template
     * @param first  the method that has it first
     * @param second the method that has it too
     * @return the problem
     */
    public static Problem duplicateResourceUri(String uri, String first, String second) {
        return new Problem("MCPEE027", second, "The resource URI '" + uri + "' is used by both " + first + " and "
                + second + ".", "give one of them another @McpResource(uri = ...).");
    }

    /**
     * MCPEE031: two completions of one argument.
     *
     * @param key    what both complete
     * @param first  the method that completes it first
     * @param second the method that completes it too
     * @return the problem
     */
    public static Problem duplicateCompletion(String key, String first, String second) {
        return new Problem("MCPEE031", second, "Both " + first + " and " + second + " complete " + key + ".",
                "keep one @McpCompletion per argument.");
    }

    /**
     * MCPEE032: the method takes {@code McpContext} twice.
     *
     * @param annotation the annotation
     * @param where      the method
     * @param first      the first such parameter, counted from 1
     * @param second     the next one
     * @return the problem
     */
    public static Problem contextTwice(String annotation, String where, int first, int second) {
        return new Problem("MCPEE032", where, annotation + " method " + where + " takes McpContext more than once"
                + " (parameters " + first + " and " + second + ").", "keep one; every call has a single context.");
    }
}
