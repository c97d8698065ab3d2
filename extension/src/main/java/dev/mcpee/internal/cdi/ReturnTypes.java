package dev.mcpee.internal.cdi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

import dev.mcpee.internal.invoke.ResultMapper;
import dev.mcpee.internal.problem.Problems;
import dev.mcpee.internal.problem.SignatureMessages;
import dev.mcpee.internal.schema.JsonSchemaGenerator;

/** What a tool method's declared return type means for its result, decided once at deployment. */
final class ReturnTypes {

    private ReturnTypes() {
    }

    /**
     * Whether the method is asynchronous.
     *
     * @param type the declared return type
     * @return true for {@code CompletionStage} and its subtypes
     */
    static boolean isCompletionStage(Type type) {
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType()
                : type instanceof Class<?> c ? c : null;
        return raw != null && java.util.concurrent.CompletionStage.class.isAssignableFrom(raw);
    }

    /**
     * The value type of an asynchronous method's stage.
     *
     * @param type     the declared {@code CompletionStage<T>}
     * @param where    the method, for the problem message
     * @param problems receives a problem when {@code T} is not concrete
     * @return {@code T}, or null after a problem
     */
    static Type stageValueType(Type type, String where, Problems problems) {
        if (type instanceof ParameterizedType pt && pt.getActualTypeArguments().length == 1
                && !(pt.getActualTypeArguments()[0] instanceof java.lang.reflect.WildcardType)
                && !(pt.getActualTypeArguments()[0] instanceof java.lang.reflect.TypeVariable)) {
            return pt.getActualTypeArguments()[0];
        }
        problems.add(SignatureMessages.stageWithoutValueType(where, type.getTypeName()));
        return null;
    }

    /**
     * What kind of result a (non-stage) return type produces.
     *
     * @param type the return type
     * @return the kind
     */
    static ResultMapper.Kind resultKind(Type type) {
        if (type == void.class || type == Void.class) {
            return ResultMapper.Kind.VOID;
        }
        if (type instanceof Class<?> c) {
            if (c == String.class || c.isPrimitive() || c.isEnum() || Number.class.isAssignableFrom(c)
                    || c == Boolean.class || c == Character.class || c == java.util.UUID.class
                    || c.getName().startsWith("java.time.")) {
                return ResultMapper.Kind.TEXT;
            }
            if (dev.mcpee.api.Content.class.isAssignableFrom(c)) {
                return ResultMapper.Kind.CONTENT;
            }
            if (c == dev.mcpee.api.ToolResult.class) {
                return ResultMapper.Kind.TOOL_RESULT;
            }
        }
        if (type instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> raw
                && java.util.Collection.class.isAssignableFrom(raw) && pt.getActualTypeArguments()[0]
                instanceof Class<?> element && dev.mcpee.api.Content.class.isAssignableFrom(element)) {
            return ResultMapper.Kind.CONTENT_LIST;
        }
        return JsonSchemaGenerator.mapsToJsonObject(type) ? ResultMapper.Kind.STRUCTURED
                : ResultMapper.Kind.STRUCTURED_WRAPPED;
    }
}
