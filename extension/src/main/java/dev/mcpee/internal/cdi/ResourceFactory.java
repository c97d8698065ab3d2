package dev.mcpee.internal.cdi;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.mcpee.api.EmbeddedResource;
import dev.mcpee.api.McpContext;
import dev.mcpee.api.McpResource;
import dev.mcpee.internal.invoke.ResourceReader;
import dev.mcpee.internal.invoke.UriTemplate;
import dev.mcpee.internal.jsonrpc.Json;
import dev.mcpee.internal.model.ResourceDefinition;
import dev.mcpee.internal.problem.Problems;
import dev.mcpee.internal.problem.SignatureMessages;
import dev.mcpee.internal.security.ToolSecurity;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.json.JsonObjectBuilder;

/**
 * Builds a {@link ResourceDefinition} from an {@code @McpResource} method at deployment, reporting every
 * problem with the class, the method and the fix.
 */
final class ResourceFactory {

    private final BeanManager beanManager;

    ResourceFactory(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    /**
     * Builds one resource or template.
     *
     * @param bean     the bean declaring it
     * @param type     the bean's annotated type
     * @param am       the annotated method
     * @param problems receives every problem found
     * @return the definition, or empty when a problem was found
     */
    Optional<ResourceDefinition> build(Bean<?> bean, AnnotatedType<?> type, AnnotatedMethod<?> am,
                                       Problems problems) {
        int before = problems.size();
        Method method = am.getJavaMember();
        String where = BeanMethods.describe(method);
        McpResource resource = am.getAnnotation(McpResource.class);
        String name = resource.name().isEmpty() ? method.getName() : resource.name();
        BeanMethods.check(bean, method, "@McpResource", "resource", name, where, problems);
        ToolSecurity security = SecurityAnnotations.resolve(am, type, where, problems);

        String uri = resource.uri();
        boolean isTemplate = UriTemplate.isTemplate(uri);
        UriTemplate template = null;
        List<String> variables = List.of();
        try {
            if (isTemplate) {
                template = UriTemplate.compile(uri);
                variables = template.variables();
            }
            URI parsed = URI.create(isTemplate ? uri.replaceAll("\\{[^}]*}", "x") : uri);
            if (parsed.getScheme() == null) {
                throw new IllegalArgumentException("it has no scheme");
            }
        } catch (IllegalArgumentException e) {
            problems.add(SignatureMessages.invalidResourceUri(where, uri, e.getMessage()));
            return Optional.empty();
        }

        List<String> bound = new ArrayList<>();
        List<ResourceReader.VariableType> types = new ArrayList<>();
        int contextIndex = BeanMethods.contextParameter(am, "@McpResource", where, problems);
        for (AnnotatedParameter<?> p : am.getParameters()) {
            if (p.getBaseType() == McpContext.class) {
                continue; // passed by the reader, not a URI variable
            }
            String var = BeanMethods.parameterName(p);
            ResourceReader.VariableType vt = variableType(p.getBaseType());
            if (var == null || !variables.contains(var) || vt == null) {
                problems.add(SignatureMessages.notAUriVariable(where, p.getPosition() + 1, uri));
                continue;
            }
            bound.add(var);
            types.add(vt);
        }
        for (String var : variables) {
            if (!bound.contains(var)) {
                problems.add(SignatureMessages.unboundUriVariable(where, var, uri));
            }
        }
        ResourceReader.Kind kind = kind(method.getGenericReturnType());
        if (kind == null) {
            problems.add(SignatureMessages.resourceReturnType(where, method.getGenericReturnType().getTypeName()));
        }
        java.time.Duration cacheTtl = null;
        if (!resource.cacheTtl().isEmpty()) {
            try {
                cacheTtl = java.time.Duration.parse(resource.cacheTtl());
            } catch (java.time.format.DateTimeParseException e) {
                // reported below
            }
            if (cacheTtl == null || cacheTtl.isNegative()) {
                problems.add(SignatureMessages.badCacheTtl(where, resource.cacheTtl()));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        JsonObjectBuilder d = Json.object().add(isTemplate ? "uriTemplate" : "uri", uri).add("name", name);
        if (!resource.title().isEmpty()) {
            d.add("title", resource.title());
        }
        if (!resource.description().isEmpty()) {
            d.add("description", resource.description());
        }
        String mime = resource.mimeType().isEmpty() ? null : resource.mimeType();
        if (mime != null) {
            d.add("mimeType", mime);
        }
        ScopeMeta.add(d, security);
        ResourceReader reader = new ResourceReader(where, CdiInstances.of(bean, method.getDeclaringClass(),
                beanManager), BeanMethods.adapt(method), bound, types, contextIndex, kind, mime);
        return Optional.of(new ResourceDefinition(uri, template, d.build(), security, reader, where, cacheTtl));
    }

    private static ResourceReader.VariableType variableType(Type type) {
        if (type == String.class) {
            return ResourceReader.VariableType.STRING;
        }
        if (type == long.class || type == Long.class) {
            return ResourceReader.VariableType.LONG;
        }
        if (type == int.class || type == Integer.class) {
            return ResourceReader.VariableType.INT;
        }
        return null;
    }

    private static ResourceReader.Kind kind(Type type) {
        if (type == String.class) {
            return ResourceReader.Kind.TEXT;
        }
        if (type == byte[].class) {
            return ResourceReader.Kind.BLOB;
        }
        if (type == EmbeddedResource.class) {
            return ResourceReader.Kind.ONE;
        }
        if (type instanceof ParameterizedType pt && pt.getRawType() == List.class
                && pt.getActualTypeArguments()[0] == EmbeddedResource.class) {
            return ResourceReader.Kind.MANY;
        }
        return null;
    }
}
