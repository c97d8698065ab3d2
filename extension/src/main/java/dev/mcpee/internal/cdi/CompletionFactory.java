package dev.mcpee.internal.cdi;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.mcpee.api.McpCompletion;
import dev.mcpee.internal.model.Catalog;
import dev.mcpee.internal.model.CompletionDefinition;
import dev.mcpee.internal.model.PromptDefinition;
import dev.mcpee.internal.model.ResourceDefinition;
import dev.mcpee.internal.problem.Problems;
import dev.mcpee.internal.problem.SignatureMessages;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.json.JsonValue;

/**
 * Builds a {@link CompletionDefinition} from an {@code @McpCompletion} method, once the prompts and resource
 * templates it refers to are known; reports every problem with the class, the method and the fix.
 */
final class CompletionFactory {

    private final BeanManager beanManager;
    private final Catalog<PromptDefinition> prompts;
    private final Catalog<ResourceDefinition> templates;

    CompletionFactory(BeanManager beanManager, Catalog<PromptDefinition> prompts,
                      Catalog<ResourceDefinition> templates) {
        this.beanManager = beanManager;
        this.prompts = prompts;
        this.templates = templates;
    }

    /**
     * Builds one provider.
     *
     * @param bean     the bean declaring it
     * @param am       the annotated method
     * @param problems receives every problem found
     * @return the provider, or empty when a problem was found
     */
    Optional<CompletionDefinition> build(Bean<?> bean, AnnotatedMethod<?> am, Problems problems) {
        int before = problems.size();
        Method method = am.getJavaMember();
        String where = BeanMethods.describe(method);
        McpCompletion completion = am.getAnnotation(McpCompletion.class);
        BeanMethods.check(bean, method, "@McpCompletion", "completion", "completion", where, problems);
        String key = null;
        dev.mcpee.internal.security.ToolSecurity security = null;
        if (completion.prompt().isEmpty() == completion.resource().isEmpty()) {
            problems.add(SignatureMessages.completionTargetNotOne(where));
        } else if (!completion.prompt().isEmpty()) {
            PromptDefinition prompt = prompts.find(completion.prompt());
            boolean known = prompt != null && prompt.descriptor().getJsonArray("arguments").stream()
                    .map(JsonValue::asJsonObject).anyMatch(a -> a.getString("name").equals(completion.argument()));
            if (!known) {
                problems.add(SignatureMessages.completionTargetNotDeployed(where, true, completion.prompt(),
                        completion.argument()));
            } else {
                key = CompletionDefinition.promptKey(completion.prompt(), completion.argument());
                security = prompt.security();
            }
        } else {
            ResourceDefinition template = templates.find(completion.resource());
            if (template == null || !template.template().variables().contains(completion.argument())) {
                problems.add(SignatureMessages.completionTargetNotDeployed(where, false, completion.resource(),
                        completion.argument()));
            } else {
                key = CompletionDefinition.resourceKey(completion.resource(), completion.argument());
                security = template.security();
            }
        }
        Type[] params = method.getGenericParameterTypes();
        boolean withContext = params.length == 2 && isStringMap(params[1]);
        boolean signature = (params.length == 1 || withContext) && params[0] == String.class
                && method.getGenericReturnType() instanceof ParameterizedType rt && rt.getRawType() == List.class
                && rt.getActualTypeArguments()[0] == String.class;
        if (!signature) {
            problems.add(SignatureMessages.completionSignature(where));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CompletionDefinition(key, security, CdiInstances.of(bean, method.getDeclaringClass(),
                beanManager), BeanMethods.adapt(method), withContext, where));
    }

    private static boolean isStringMap(Type type) {
        return type instanceof ParameterizedType pt && pt.getRawType() == Map.class
                && pt.getActualTypeArguments()[0] == String.class && pt.getActualTypeArguments()[1] == String.class;
    }
}
