package dev.mcpee.internal.cdi;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import dev.mcpee.api.McpCompletion;
import dev.mcpee.api.McpPrompt;
import dev.mcpee.api.McpResource;
import dev.mcpee.api.McpTool;
import dev.mcpee.internal.config.McpConfig;
import dev.mcpee.internal.config.MpJwtConfigSource;
import dev.mcpee.internal.audit.AuditTrail;
import dev.mcpee.internal.config.OperationsSettings;
import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.observe.Observers;
import dev.mcpee.internal.problem.ConfigMessages;
import dev.mcpee.internal.model.Catalogs;
import dev.mcpee.internal.model.CompletionDefinition;
import dev.mcpee.internal.model.Listable;
import dev.mcpee.internal.model.PromptDefinition;
import dev.mcpee.internal.model.ResourceDefinition;
import dev.mcpee.internal.model.ToolDefinition;
import dev.mcpee.internal.model.Catalog;
import dev.mcpee.internal.problem.Messages;
import dev.mcpee.internal.problem.Problem;
import dev.mcpee.internal.problem.Problems;
import dev.mcpee.internal.security.AuthSettings;
import dev.mcpee.internal.security.McpSecurity;
import dev.mcpee.internal.session.SessionStore;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Discovers {@code @McpTool} methods and builds the tool registry once per deployment.
 *
 * <ul>
 *   <li>{@link ProcessManagedBean}: the bean's final annotated type, after vetoes and after other
 *       extensions added or removed annotations, together with the {@link Bean} calls will use.</li>
 *   <li>{@link AfterDeploymentValidation}: every bean is known, so cross-bean checks (duplicate names)
 *       are possible; all problems are collected and reported as one deployment failure.</li>
 * </ul>
 * What it builds is one {@link Deployment}, offered to the application's beans as a synthetic bean (added in
 * {@link AfterBeanDiscovery}, created on first use, which comes after validation): the endpoints and the
 * application-facing beans inject that, never the extension.
 */
public class McpExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(McpExtension.class.getName());

    private record Candidate(Bean<?> bean, AnnotatedType<?> type, AnnotatedMethod<?> method) {
    }

    /** The problem of a name used twice, one per kind of definition (each has its own id). */
    private interface Duplicate {
        Problem of(String name, String first, String second);
    }

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Candidate> promptCandidates = new ArrayList<>();
    private final List<Candidate> resourceCandidates = new ArrayList<>();
    private final List<Candidate> completionCandidates = new ArrayList<>();
    private Jsonb jsonb;
    private volatile Deployment deployment;
    private volatile SessionStore store;

    void offerDeployment(@Observes AfterBeanDiscovery event) {
        // @Singleton: a record cannot be proxied, and it is immutable, so one shared instance needs no proxy.
        event.addBean().types(Deployment.class, Object.class).scope(Singleton.class)
                .createWith(context -> deployment());
        // The session store: in memory or shared, opened with the deployment, closed at shutdown.
        event.addBean().types(SessionStore.class, Object.class).scope(Singleton.class)
                .createWith(context -> require(store));
    }

    <T> void collect(@Observes ProcessManagedBean<T> event) {
        AnnotatedType<T> type = event.getAnnotatedBeanClass();
        for (AnnotatedMethod<? super T> method : type.getMethods()) {
            if (method.isAnnotationPresent(McpTool.class)) {
                candidates.add(new Candidate(event.getBean(), type, method));
            }
            if (method.isAnnotationPresent(McpPrompt.class)) {
                promptCandidates.add(new Candidate(event.getBean(), type, method));
            }
            if (method.isAnnotationPresent(McpResource.class)) {
                resourceCandidates.add(new Candidate(event.getBean(), type, method));
            }
            if (method.isAnnotationPresent(McpCompletion.class)) {
                completionCandidates.add(new Candidate(event.getBean(), type, method));
            }
        }
    }

    void build(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
        Problems problems = new Problems();
        McpConfig cfg = McpConfig.read(ConfigProvider.getConfig(), "mcp-ee", problems);
        jsonb = JsonbBuilder.create();
        ToolFactory factory = new ToolFactory(beanManager, jsonb);
        List<ToolDefinition> tools = unique(candidates,
                c -> factory.build(c.bean(), c.type(), c.method(), problems), ToolDefinition::source,
                Messages::duplicateToolName, problems);
        PromptFactory promptFactory = new PromptFactory(beanManager);
        List<PromptDefinition> promptList = unique(promptCandidates,
                c -> promptFactory.build(c.bean(), c.type(), c.method(), problems), PromptDefinition::source,
                Messages::duplicatePromptName, problems);
        ResourceFactory resourceFactory = new ResourceFactory(beanManager);
        List<ResourceDefinition> resourceList = unique(resourceCandidates,
                c -> resourceFactory.build(c.bean(), c.type(), c.method(), problems), ResourceDefinition::source,
                Messages::duplicateResourceUri, problems);
        Catalog<PromptDefinition> promptCatalog = new Catalog<>(promptList);
        Catalog<ResourceDefinition> templateCatalog = new Catalog<>(resourceList.stream()
                .filter(r -> r.template() != null).toList());
        Map<String, CompletionDefinition> completionMap = new HashMap<>();
        CompletionFactory completionFactory = new CompletionFactory(beanManager, promptCatalog, templateCatalog);
        for (Candidate c : completionCandidates) {
            completionFactory.build(c.bean(), c.method(), problems).ifPresent(provider -> {
                CompletionDefinition other = completionMap.putIfAbsent(provider.key(), provider);
                if (other != null) {
                    problems.add(Messages.duplicateCompletion(provider.key(), other.source(), provider.source()));
                }
            });
        }
        completionCandidates.clear();
        AuthSettings auth = AuthSettings.read(ConfigProvider.getConfig(), problems);
        McpSecurity sec = problems.isEmpty() ? McpSecurity.create(auth,
                java.util.stream.Stream.of(tools.stream().map(ToolDefinition::security),
                        promptList.stream().map(PromptDefinition::security),
                        resourceList.stream().map(ResourceDefinition::security)).flatMap(x -> x).toList(),
                cfg.serverTitle(), problems) : null;
        if (!problems.isEmpty()) {
            event.addDeploymentProblem(new DeploymentException(problems.report()));
            return;
        }
        // The container's MicroProfile JWT (for the application's own resources) accepts the same tokens;
        // cleared again in close().
        URI keys = sec.authenticator().jwksUri();
        if (keys != null) {
            if (!MpJwtConfigSource.publish(ConfigProvider.getConfig(), auth.issuer(), keys.toString(),
                    String.join(",", auth.audiences()), auth.clockSkew().toSeconds())) {
                LOG.warning("mcp-ee: this server's MicroProfile Config did not load "
                        + MpJwtConfigSource.class.getName() + ", so the container's MP JWT does not know the"
                        + " authorization server; set mp.jwt.verify.* yourself if the application uses MP JWT.");
            }
        }
        store = SessionStores.open(cfg, problems);
        if (!problems.isEmpty()) {
            event.addDeploymentProblem(new DeploymentException(problems.report()));
            return;
        }
        Catalogs catalogs = new Catalogs(new Catalog<>(tools), promptCatalog,
                new Catalog<>(resourceList.stream().filter(r -> r.template() == null).toList()), templateCatalog,
                completionMap);
        Observers observers = observers(beanManager, catalogs, problems);
        if (!problems.isEmpty()) {
            event.addDeploymentProblem(new DeploymentException(problems.report()));
            return;
        }
        deployment = new Deployment(cfg, catalogs, sec, jsonb, observers);
        if (auth.anonymous()) {
            LOG.warning("mcp-ee: mcp.auth.anonymous=true: requests without an access token are served. Use this for"
                    + " development only.");
        }
        LOG.info(() -> "mcp-ee: " + tools.size() + " MCP tool(s) and " + promptList.size() + " prompt(s) deployed: "
                + tools.stream().map(ToolDefinition::name).toList() + " "
                + promptList.stream().map(PromptDefinition::name).toList());
    }

    /**
     * What reports on each request: the audit trail ({@code mcp.audit.*}) and telemetry ({@code mcp.telemetry.*},
     * where the container offers OpenTelemetry).
     */
    private Observers observers(BeanManager beanManager, Catalogs catalogs, Problems problems) {
        OperationsSettings ops = OperationsSettings.read(ConfigProvider.getConfig(), problems);
        for (String tool : ops.tracedArguments()) {
            if (!"*".equals(tool) && catalogs.tools().deployed().stream().noneMatch(t -> t.name().equals(tool))) {
                problems.add(ConfigMessages.unknownTracedTool(OperationsSettings.TOOL_ARGUMENTS, tool));
            }
        }
        Observers observers = new Observers(List.of());
        if (ops.audit()) {
            observers.add(new AuditTrail(ops.auditLevel(), ops.auditAllowed()));
        }
        if (ops.telemetry() && TelemetryHookup.visible()) {
            TelemetryHookup.observer(beanManager, ops::tracesArguments, store::size, observers::openStreams)
                    .ifPresent(observers::add);
        }
        return observers;
    }

    void close(@Observes BeforeShutdown event) {
        MpJwtConfigSource.clear(ConfigProvider.getConfig());
        if (deployment != null) {
            deployment.observers().close();
        }
        if (store != null) {
            store.close();
        }
        if (jsonb != null) {
            try {
                jsonb.close();
            } catch (Exception e) {
                LOG.fine(() -> "Closing JSON-B failed: " + e);
            }
        }
    }

    /**
     * Builds each candidate and keeps the first of each name (a resource's name is its URI); a later one with
     * the same name is a problem. The candidates are released.
     *
     * @param candidates the methods found
     * @param build      builds one, adding its problems
     * @param source     the declaring method, for messages
     * @param duplicate  the problem of a name used twice
     * @param problems   receives the problems
     * @param <D>        tools, prompts or resources
     * @return the definitions
     */
    private static <D extends Listable> List<D> unique(List<Candidate> candidates,
                                                       Function<Candidate, Optional<D>> build,
                                                       Function<D, String> source, Duplicate duplicate,
                                                       Problems problems) {
        List<D> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Candidate c : candidates) {
            build.apply(c).ifPresent(d -> {
                String other = seen.putIfAbsent(d.name(), source.apply(d));
                if (other != null) {
                    problems.add(duplicate.of(d.name(), other, source.apply(d)));
                } else {
                    out.add(d);
                }
            });
        }
        candidates.clear();
        return out;
    }

    /**
     * What this deployment serves.
     *
     * @return the deployment
     * @throws IllegalStateException before deployment completed or after it failed
     */
    public Deployment deployment() {
        return require(deployment);
    }

    /**
     * The deployed tools.
     *
     * @return the registry
     * @throws IllegalStateException before deployment completed or after it failed
     */
    public Catalog<ToolDefinition> registry() {
        return deployment().catalogs().tools();
    }

    private static <T> T require(T value) {
        if (value == null) {
            throw new IllegalStateException("mcp-ee: the deployment has not completed");
        }
        return value;
    }
}
