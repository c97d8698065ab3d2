package dev.mcpee.internal.cdi;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpPrompt;
import dev.mcpee.api.PromptMessage;
import dev.mcpee.api.PromptResult;
import dev.mcpee.internal.invoke.PromptInvoker;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.model.PromptDefinition;
import dev.mcpee.internal.problem.Problems;
import dev.mcpee.internal.problem.SignatureMessages;
import dev.mcpee.internal.security.ToolSecurity;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Builds a {@link PromptDefinition} from an {@code @McpPrompt} method at deployment, reporting every problem
 * with the class, the method and the fix.
 */
final class PromptFactory {

    private final BeanManager beanManager;

    PromptFactory(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    /**
     * Builds one prompt.
     *
     * @param bean     the bean declaring it
     * @param type     the bean's annotated type
     * @param am       the annotated method
     * @param problems receives every problem found
     * @return the prompt, or empty when a problem was found
     */
    Optional<PromptDefinition> build(Bean<?> bean, AnnotatedType<?> type, AnnotatedMethod<?> am,
                                     Problems problems) {
        int before = problems.size();
        Method method = am.getJavaMember();
        String where = BeanMethods.describe(method);
        McpPrompt prompt = am.getAnnotation(McpPrompt.class);
        String name = prompt.name().isEmpty() ? method.getName() : prompt.name();
        BeanMethods.check(bean, method, "@McpPrompt", "prompt", name, where, problems);
        ToolSecurity security = SecurityAnnotations.resolve(am, type, where, problems);

        List<PromptInvoker.Argument> arguments = new ArrayList<>();
        JsonArrayBuilder descriptors = Json.array();
        Set<String> names = new HashSet<>();
        int contextIndex = BeanMethods.contextParameter(am, "@McpPrompt", where, problems);
        for (AnnotatedParameter<?> p : am.getParameters()) {
            if (p.getBaseType() == McpContext.class) {
                continue; // passed by the invoker, not an argument
            }
            argument(p, where, names, arguments, descriptors, problems);
        }
        PromptInvoker.Kind kind = kind(method.getGenericReturnType());
        if (kind == null) {
            problems.add(SignatureMessages.promptReturnType(where, method.getGenericReturnType().getTypeName()));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        JsonObjectBuilder descriptor = Json.object().add("name", name);
        if (!prompt.title().isEmpty()) {
            descriptor.add("title", prompt.title());
        }
        if (!prompt.description().isEmpty()) {
            descriptor.add("description", prompt.description());
        }
        descriptor.add("arguments", descriptors);
        ScopeMeta.add(descriptor, security);
        PromptInvoker invoker = new PromptInvoker(name, CdiInstances.of(bean, method.getDeclaringClass(),
                beanManager), BeanMethods.adapt(method), arguments, contextIndex, kind);
        return Optional.of(new PromptDefinition(name, descriptor.build(), security, invoker, where));
    }

    private static void argument(AnnotatedParameter<?> p, String where, Set<String> names,
                                 List<PromptInvoker.Argument> arguments, JsonArrayBuilder descriptors,
                                 Problems problems) {
        String name = BeanMethods.argumentName(p, "@McpPrompt", where, names, problems);
        if (name == null) {
            return;
        }
        McpArg arg = p.getAnnotation(McpArg.class);
        String position = "parameter " + (p.getPosition() + 1) + " of @McpPrompt method " + where;
        Type type = p.getBaseType();
        boolean optional = type instanceof ParameterizedType pt && pt.getRawType() == Optional.class
                && pt.getActualTypeArguments()[0] == String.class;
        if (type != String.class && !optional) {
            problems.add(SignatureMessages.promptArgumentNotString(position, type.getTypeName()));
            return;
        }
        String defaultValue = null;
        if (arg != null && !McpArg.NO_DEFAULT.equals(arg.defaultValue())) {
            JsonValue parsed = null;
            try {
                parsed = Json.parse(arg.defaultValue());
            } catch (JsonException e) {
                // reported below
            }
            if (!(parsed instanceof JsonString s)) {
                problems.add(SignatureMessages.defaultNotJson(name, position, arg.defaultValue(), true));
                return;
            }
            defaultValue = s.getString();
        }
        boolean required = defaultValue == null && !optional && (arg == null || arg.required());
        arguments.add(new PromptInvoker.Argument(name, required, defaultValue, optional));
        JsonObjectBuilder d = Json.object().add("name", name);
        if (arg != null && !arg.description().isEmpty()) {
            d.add("description", arg.description());
        }
        descriptors.add(d.add("required", required));
    }

    private static PromptInvoker.Kind kind(Type type) {
        if (type == String.class) {
            return PromptInvoker.Kind.TEXT;
        }
        if (type == PromptMessage.class) {
            return PromptInvoker.Kind.MESSAGE;
        }
        if (type == PromptResult.class) {
            return PromptInvoker.Kind.RESULT;
        }
        if (type instanceof ParameterizedType pt && pt.getRawType() == List.class
                && pt.getActualTypeArguments()[0] == PromptMessage.class) {
            return PromptInvoker.Kind.MESSAGES;
        }
        return null;
    }
}
