package dev.mcpee.internal.problem;

/**
 * The texts of the deployment problems particular to one kind of method, one factory per id: the parameters,
 * default values and return types of tools, the arguments and results of prompts, the URIs of resources, and
 * what completions complete. Part of the range MCPEE001–099, which {@link Messages} describes; the rest of it
 * is there.
 *
 * <p>Parameters are named as in {@link Messages}.
 */
public final class SignatureMessages {

    private SignatureMessages() {
    }

    /**
     * MCPEE006: an optional argument of a primitive type, which cannot be left out.
     *
     * @param name     the argument
     * @param position the parameter
     * @param type     the primitive type
     * @return the problem
     */
    public static Problem optionalPrimitive(String name, String position, String type) {
        return new Problem("MCPEE006", position, "Argument '" + name + "' (" + position + ") is optional but its type "
                + type + " cannot be null.", "give it a defaultValue, make it required, or use the boxed type or an"
                + " Optional.");
    }

    /**
     * MCPEE007: a default value that does not parse; a prompt's must moreover be a JSON string.
     *
     * @param name       the argument
     * @param position   the parameter
     * @param value      the default value as written
     * @param stringOnly whether only a JSON string is allowed (prompt arguments are strings)
     * @return the problem
     */
    public static Problem defaultNotJson(String name, String position, String value, boolean stringOnly) {
        String start = "The defaultValue of argument '" + name + "' (" + position + ") is not ";
        return stringOnly
                ? new Problem("MCPEE007", position, start + "a JSON string: " + value + ".",
                        "write it as JSON, e.g. \"\\\"text\\\"\".")
                : new Problem("MCPEE007", position, start + "JSON: " + value + ".",
                        "write it as JSON, e.g. \"\\\"text\\\"\" for a string or \"3\" for a number.");
    }

    /**
     * MCPEE008: a tool parameter type that has no JSON Schema.
     *
     * @param where  the method
     * @param reason which type and why
     * @return the problem
     */
    public static Problem unsupportedParameterType(String where, String reason) {
        return new Problem("MCPEE008", where, "A parameter of @McpTool method " + where + " has an unsupported type: "
                + reason + ".", "use strings, numbers, booleans, enums, java.time types, records, POJOs, arrays,"
                + " collections, Map<String, T> or Optional of these.");
    }

    /**
     * MCPEE009: a default value that parses but does not convert to the parameter's type.
     *
     * @param value    the default value as written
     * @param name     the argument
     * @param position the parameter
     * @param type     the parameter's type
     * @return the problem
     */
    public static Problem defaultDoesNotFit(String value, String name, String position, String type) {
        return new Problem("MCPEE009", position, "The defaultValue " + value + " of argument '" + name + "' ("
                + position + ") does not fit the type " + type + ".", "correct the value.");
    }

    /**
     * MCPEE015: a tool return type that has no JSON Schema.
     *
     * @param where  the method
     * @param reason which type and why
     * @return the problem
     */
    public static Problem unsupportedReturnType(String where, String reason) {
        return new Problem("MCPEE015", where, "@McpTool method " + where + " returns an unsupported type: " + reason
                + ".", "return String, a record, a POJO, a collection, Content, List<Content>, ToolResult, or a"
                + " CompletionStage of one of them.");
    }

    /**
     * MCPEE017: a {@code CompletionStage} whose value type is a wildcard, a type variable or missing.
     *
     * @param where the method
     * @param type  the declared return type
     * @return the problem
     */
    public static Problem stageWithoutValueType(String where, String type) {
        return new Problem("MCPEE017", where, "@McpTool method " + where + " returns " + type + " without a concrete"
                + " value type.", "declare CompletionStage<T> with T a concrete type, e.g. CompletionStage<String>.");
    }

    /**
     * MCPEE019: a tool returning {@code Optional}, for which a result has no form.
     *
     * @param where the method
     * @param type  the declared return type
     * @return the problem
     */
    public static Problem optionalReturn(String where, String type) {
        return new Problem("MCPEE019", where, "@McpTool method " + where + " returns " + type + ".",
                "return the value itself; a tool result has no 'absent' form (throw ToolException to report that"
                        + " nothing was found).");
    }

    /**
     * MCPEE020: a prompt argument that is not a string.
     *
     * @param position the parameter
     * @param type     its type
     * @return the problem
     */
    public static Problem promptArgumentNotString(String position, String type) {
        return new Problem("MCPEE020", position, position + " has the type " + type + ", but prompt arguments are"
                + " strings.", "declare it as String or Optional<String> and convert it in the method (or"
                + " McpContext for the call's context).");
    }

    /**
     * MCPEE021: a prompt return type that is not a prompt.
     *
     * @param where the method
     * @param type  the declared return type
     * @return the problem
     */
    public static Problem promptReturnType(String where, String type) {
        return new Problem("MCPEE021", where, "@McpPrompt method " + where + " returns " + type + ".",
                "return String, PromptMessage, List<PromptMessage> or PromptResult.");
    }

    /**
     * MCPEE023: a resource URI that is neither an absolute URI nor a template.
     *
     * @param where  the method
     * @param uri    the URI as written
     * @param reason why it does not parse
     * @return the problem
     */
    public static Problem invalidResourceUri(String where, String uri, String reason) {
        return new Problem("MCPEE023", where, "@McpResource method " + where + " has the URI '" + uri + "', which is"
                + " not an absolute URI or RFC 6570 template (" + reason + ").",
                "write a URI with a scheme, e.g. vetassist://pets/{petId}.");
    }

    /**
     * MCPEE024: a resource parameter that no URI variable fills.
     *
     * @param where     the method
     * @param parameter the parameter, counted from 1
     * @param uri       the URI template
     * @return the problem
     */
    public static Problem notAUriVariable(String where, int parameter, String uri) {
        return new Problem("MCPEE024", "parameter " + parameter + " of @McpResource method " + where, "Parameter "
                + parameter + " of @McpResource method " + where + " is not a variable of '" + uri + "' of type"
                + " String, long or int.", "name it after a {variable} of the URI (with -parameters or"
                + " @McpArg(name = ...)) and use one of those types, or declare it as McpContext for the call's"
                + " context.");
    }

    /**
     * MCPEE025: a URI variable that no parameter takes.
     *
     * @param where    the method
     * @param variable the variable
     * @param uri      the URI template
     * @return the problem
     */
    public static Problem unboundUriVariable(String where, String variable, String uri) {
        return new Problem("MCPEE025", where, "The variable {" + variable + "} of '" + uri + "' (@McpResource method "
                + where + ") has no parameter.", "add a parameter named " + variable + ".");
    }

    /**
     * MCPEE026: a resource return type that is not contents.
     *
     * @param where the method
     * @param type  the declared return type
     * @return the problem
     */
    public static Problem resourceReturnType(String where, String type) {
        return new Problem("MCPEE026", where, "@McpResource method " + where + " returns " + type + ".",
                "return String, byte[], EmbeddedResource or List<EmbeddedResource>.");
    }

    /**
     * MCPEE028: a completion naming both or neither of a prompt and a resource.
     *
     * @param where the method
     * @return the problem
     */
    public static Problem completionTargetNotOne(String where) {
        return new Problem("MCPEE028", where, "@McpCompletion method " + where + " must name exactly one of prompt"
                + " and resource.", "set prompt = \"<prompt name>\" or resource = \"<URI template>\".");
    }

    /**
     * MCPEE029: a completion of something not deployed.
     *
     * @param where    the method
     * @param prompt   true for a prompt's argument, false for a resource template's variable
     * @param target   the prompt's name or the template
     * @param argument the argument or variable
     * @return the problem
     */
    public static Problem completionTargetNotDeployed(String where, boolean prompt, String target, String argument) {
        return prompt
                ? new Problem("MCPEE029", where, "@McpCompletion method " + where + " completes argument '" + argument
                        + "' of prompt '" + target + "', which is not deployed.",
                        "name a deployed @McpPrompt and one of its arguments.")
                : new Problem("MCPEE029", where, "@McpCompletion method " + where + " completes variable '" + argument
                        + "' of resource template '" + target + "', which is not deployed.",
                        "name a deployed @McpResource template and one of its variables.");
    }

    /**
     * MCPEE030: a completion method of another shape.
     *
     * @param where the method
     * @return the problem
     */
    public static Problem completionSignature(String where) {
        return new Problem("MCPEE030", where, "@McpCompletion method " + where + " has the wrong signature.",
                "declare List<String> name(String value) or List<String> name(String value, Map<String, String>"
                        + " resolvedArguments).");
    }

    /**
     * MCPEE033: an {@code @McpArg(header = ...)} that cannot be a parameter header.
     *
     * @param position the parameter
     * @param header   the header name as written
     * @param why      what is wrong with it
     * @return the problem
     */
    public static Problem badParameterHeader(String position, String header, String why) {
        return new Problem("MCPEE033", position, "@McpArg(header = \"" + header + "\") of " + position + " "
                + why + ".", "use a name of letters, digits and - (an HTTP token), unique in the tool, on a String,"
                + " int, long or boolean argument, or remove it.");
    }

    /**
     * MCPEE034: an {@code @McpResource(cacheTtl = ...)} that is not a duration.
     *
     * @param where the method
     * @param value the value as written
     * @return the problem
     */
    public static Problem badCacheTtl(String where, String value) {
        return new Problem("MCPEE034", where, "@McpResource method " + where + " has cacheTtl \"" + value
                + "\", which is not an ISO-8601 duration of zero or more.", "write it as PT1H, PT30S or PT0S, or"
                + " remove it to use mcp.cache.ttl.");
    }
}
