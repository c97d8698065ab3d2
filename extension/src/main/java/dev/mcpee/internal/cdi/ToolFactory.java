package dev.mcpee.internal.cdi;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpTool;
import dev.mcpee.internal.invoke.ArgumentBinder;
import dev.mcpee.internal.invoke.ArgumentException;
import dev.mcpee.internal.invoke.BeanInstances;
import dev.mcpee.internal.invoke.ResultMapper;
import dev.mcpee.internal.invoke.ToolInvoker;
import dev.mcpee.internal.invoke.ValueConverter;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.model.ToolDefinition;
import dev.mcpee.internal.problem.Problems;
import dev.mcpee.internal.problem.SignatureMessages;
import dev.mcpee.internal.schema.JsonSchemaGenerator;
import dev.mcpee.internal.schema.SchemaProperty;
import dev.mcpee.internal.schema.SchemaValidator;
import dev.mcpee.internal.schema.UnsupportedTypeException;
import dev.mcpee.internal.security.ToolSecurity;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;

/**
 * Builds a {@link ToolDefinition} from an {@code @McpTool} method at deployment: checks it, derives its
 * schemas, binders and security rule, and adapts the method to a call that only fills an array. Every
 * problem, naming the class, the method and the fix, is added to the deployment's problems, so that a
 * deployment reports all of them at once.
 */
final class ToolFactory {


    private final BeanManager beanManager;
    private final Jsonb jsonb;

    ToolFactory(BeanManager beanManager, Jsonb jsonb) {
        this.beanManager = beanManager;
        this.jsonb = jsonb;
    }

    /**
     * Builds one tool.
     *
     * @param bean     the bean declaring it
     * @param type     the bean's annotated type
     * @param am       the annotated method
     * @param problems receives every problem found
     * @return the tool, or empty when a problem was found
     */
    Optional<ToolDefinition> build(Bean<?> bean, AnnotatedType<?> type, AnnotatedMethod<?> am, Problems problems) {
        int before = problems.size();
        Method method = am.getJavaMember();
        String where = BeanMethods.describe(method);
        McpTool tool = am.getAnnotation(McpTool.class);

        String name = tool.name().isEmpty() ? method.getName() : tool.name();
        BeanMethods.check(bean, method, "@McpTool", "tool", name, where, problems);
        ToolSecurity security = SecurityAnnotations.resolve(am, type, where, problems);

        List<SchemaProperty> properties = new ArrayList<>();
        List<ArgumentBinder> binders = new ArrayList<>();
        Set<String> argumentNames = new HashSet<>();
        Map<String, String> headers = new LinkedHashMap<>();
        int contextIndex = BeanMethods.contextParameter(am, "@McpTool", where, problems);
        for (AnnotatedParameter<?> p : am.getParameters()) {
            if (p.getBaseType() == McpContext.class) {
                // The call's context is passed by the invoker, not bound from the arguments.
                binders.add(null);
                continue;
            }
            argument(p, where, argumentNames, properties, binders, headers, problems);
        }

        Type returned = method.getGenericReturnType();
        boolean async = ReturnTypes.isCompletionStage(returned);
        if (async) {
            returned = ReturnTypes.stageValueType(returned, where, problems);
        }
        if (returned instanceof ParameterizedType pt && pt.getRawType() == Optional.class) {
            problems.add(SignatureMessages.optionalReturn(where, returned.getTypeName()));
            returned = null;
        }
        ResultMapper.Kind kind = returned == null ? null : ReturnTypes.resultKind(returned);

        JsonObject inputSchema = null;
        JsonObject outputSchema = null;
        try {
            inputSchema = new JsonSchemaGenerator().inputSchema(properties, tool.additionalArguments());
        } catch (UnsupportedTypeException e) {
            problems.add(SignatureMessages.unsupportedParameterType(where, e.getMessage()));
        }
        if (kind == ResultMapper.Kind.STRUCTURED || kind == ResultMapper.Kind.STRUCTURED_WRAPPED) {
            try {
                outputSchema = new JsonSchemaGenerator().outputSchema(returned);
            } catch (UnsupportedTypeException e) {
                problems.add(SignatureMessages.unsupportedReturnType(where, e.getMessage()));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }

        MethodHandle handle = BeanMethods.adapt(method);
        BeanInstances instances = CdiInstances.of(bean, method.getDeclaringClass(), beanManager);
        ToolInvoker invoker = new ToolInvoker(name, instances, handle, binders.toArray(ArgumentBinder[]::new),
                contextIndex, SchemaValidator.compile(inputSchema), new ResultMapper(kind, jsonb), async);
        // The validator checks values; x-mcp-header is for clients and the transport, so only the published
        // schema carries it.
        JsonObject descriptor = descriptor(name, tool, ParameterHeaders.mark(inputSchema, headers), outputSchema,
                security);
        return Optional.of(new ToolDefinition(name, descriptor, security, invoker, where));
    }

    private void argument(AnnotatedParameter<?> p, String where, Set<String> names, List<SchemaProperty> properties,
                          List<ArgumentBinder> binders, Map<String, String> headers, Problems problems) {
        String name = BeanMethods.argumentName(p, "@McpTool", where, names, problems);
        if (name == null) {
            return;
        }
        McpArg arg = p.getAnnotation(McpArg.class);
        String position = "parameter " + (p.getPosition() + 1) + " of @McpTool method " + where;
        Type type = p.getBaseType();
        ArgumentBinder.Wrapper wrapper = wrapper(type);
        Type valueType = unwrap(type, wrapper);
        JsonValue defaultValue = null;
        if (arg != null && !McpArg.NO_DEFAULT.equals(arg.defaultValue())) {
            try {
                defaultValue = Json.parse(arg.defaultValue());
            } catch (JsonException e) {
                problems.add(SignatureMessages.defaultNotJson(name, position, arg.defaultValue(), false));
                return;
            }
        }
        Annotation[] annotations = p.getAnnotations().toArray(Annotation[]::new);
        // @NotNull (or @NotBlank, @NotEmpty) makes an argument required even when @McpArg says otherwise.
        boolean required = defaultValue == null && (wrapper == ArgumentBinder.Wrapper.NONE
                && (arg == null || arg.required()) || JsonSchemaGenerator.impliesRequired(annotations));
        if (!required && defaultValue == null && valueType instanceof Class<?> c && c.isPrimitive()) {
            problems.add(SignatureMessages.optionalPrimitive(name, position, c.getName()));
            return;
        }
        if (arg != null && !arg.header().isEmpty()) {
            ParameterHeaders.check(arg.header(), valueType, position, headers, problems);
            headers.put(name, arg.header());
        }
        String description = arg == null || arg.description().isEmpty() ? null : arg.description();
        properties.add(new SchemaProperty(name, type, annotations, description, required, defaultValue));
        ArgumentBinder binder = new ArgumentBinder(name, required, defaultValue, wrapper,
                ValueConverter.forType(valueType, jsonb));
        if (defaultValue != null) {
            try {
                binder.bind(Json.object().add(name, defaultValue).build());
            } catch (ArgumentException e) {
                problems.add(SignatureMessages.defaultDoesNotFit(arg.defaultValue(), name, position,
                        type.getTypeName()));
            }
        }
        binders.add(binder);
    }

    private static ArgumentBinder.Wrapper wrapper(Type type) {
        if (type == java.util.OptionalInt.class) {
            return ArgumentBinder.Wrapper.OPTIONAL_INT;
        }
        if (type == java.util.OptionalLong.class) {
            return ArgumentBinder.Wrapper.OPTIONAL_LONG;
        }
        if (type == java.util.OptionalDouble.class) {
            return ArgumentBinder.Wrapper.OPTIONAL_DOUBLE;
        }
        if (type instanceof ParameterizedType pt && pt.getRawType() == Optional.class) {
            return ArgumentBinder.Wrapper.OPTIONAL;
        }
        return ArgumentBinder.Wrapper.NONE;
    }

    private static Type unwrap(Type type, ArgumentBinder.Wrapper wrapper) {
        return switch (wrapper) {
            case NONE -> type;
            case OPTIONAL -> ((ParameterizedType) type).getActualTypeArguments()[0];
            case OPTIONAL_INT -> Integer.class;
            case OPTIONAL_LONG -> Long.class;
            case OPTIONAL_DOUBLE -> Double.class;
        };
    }

    private static JsonObject descriptor(String name, McpTool tool, JsonObject inputSchema, JsonObject outputSchema,
                                         ToolSecurity security) {
        JsonObjectBuilder b = Json.object().add("name", name);
        if (!tool.title().isEmpty()) {
            b.add("title", tool.title());
        }
        if (!tool.description().isEmpty()) {
            b.add("description", tool.description());
        }
        b.add("inputSchema", inputSchema);
        if (outputSchema != null) {
            b.add("outputSchema", outputSchema);
        }
        JsonObjectBuilder hints = Json.object();
        if (!tool.title().isEmpty()) {
            hints.add("title", tool.title());
        }
        hints.add("readOnlyHint", tool.readOnlyHint());
        if (!tool.readOnlyHint()) {
            // The specification gives these meaning only for tools that modify their environment.
            hints.add("destructiveHint", tool.destructiveHint()).add("idempotentHint", tool.idempotentHint());
        }
        hints.add("openWorldHint", tool.openWorldHint());
        return ScopeMeta.add(b.add("annotations", hints), security).build();
    }
}
