package dev.mcpee.internal.protocol;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.model.Catalog;
import dev.mcpee.internal.model.ResourceDefinition;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * {@code resources/read}: a fixed resource with that exact URI, else the most specific matching template;
 * none is the MCP error {@code -32002} (resource not found).
 */
public final class ResourcesReadHandler implements RequestHandler {

    /** The MCP error code for an unknown resource. */
    public static final int RESOURCE_NOT_FOUND = -32002;

    private final Catalog<ResourceDefinition> resources;
    private final Catalog<ResourceDefinition> templates;
    private final List<ResourceDefinition> mostSpecificFirst;

    /**
     * Creates the handler.
     *
     * @param resources the fixed resources
     * @param templates the templates
     */
    public ResourcesReadHandler(Catalog<ResourceDefinition> resources, Catalog<ResourceDefinition> templates) {
        this.resources = resources;
        this.templates = templates;
        // Most literal characters first, so vetassist://pets/{id}/photo wins over vetassist://{anything}. Every
        // deployed template is ordered once; whether one is switched on is asked at each read (McpFeatures).
        this.mostSpecificFirst = templates.deployed().stream()
                .sorted(Comparator.comparingInt((ResourceDefinition r) -> -r.template().literalLength())).toList();
    }

    /**
     * A resource found for a URI, and the variables the URI bound.
     *
     * @param uri      the URI read
     * @param resource the resource or template
     * @param values   the template's variables, empty for a fixed resource
     */
    public record Target(String uri, ResourceDefinition resource, Map<String, String> values) {
    }

    @Override
    public CompletionStage<JsonObject> handle(JsonObject params, CallContext context) {
        return bound(target(params)).handle(params, context);
    }

    /**
     * Reads of a resource already found.
     *
     * @param target the resource
     * @return a handler reading it
     */
    public RequestHandler bound(Target target) {
        return (params, context) -> CompletableFuture.completedFuture(
                target.resource().reader().read(target.uri(), target.values(), context.call()));
    }

    /**
     * The resource a {@code resources/read} (or subscribe) names.
     *
     * @param params the request's params
     * @return the resource and its variables
     * @throws JsonRpcError {@code -32602} without a uri, {@code -32002} for an unknown one
     */
    public Target target(JsonObject params) {
        return target(uri(params));
    }

    private Target target(String uri) {
        ResourceDefinition fixed = resources.find(uri);
        if (fixed != null) {
            return new Target(uri, fixed, Map.of());
        }
        for (ResourceDefinition template : mostSpecificFirst) {
            if (templates.find(template.uri()) == null) {
                continue; // switched off
            }
            Map<String, String> values = template.template().match(uri);
            if (values != null) {
                return new Target(uri, template, values);
            }
        }
        throw new JsonRpcError(RESOURCE_NOT_FOUND, "Resource not found: " + Echo.uri(uri));
    }

    private static String uri(JsonObject params) {
        JsonValue uri = params.get("uri");
        if (!(uri instanceof JsonString s)) {
            throw new JsonRpcError(JsonRpcError.INVALID_PARAMS, "resources/read needs params.uri (a string)");
        }
        return s.getString();
    }
}
