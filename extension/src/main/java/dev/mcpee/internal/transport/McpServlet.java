package dev.mcpee.internal.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.mcpee.internal.deploy.Deployment;
import dev.mcpee.internal.http.DeploymentSummary;
import dev.mcpee.internal.http.HttpReply;
import dev.mcpee.internal.http.StreamableHttp;
import dev.mcpee.internal.jsonrpc.JsonRpcError;
import dev.mcpee.internal.observe.Observers;
import dev.mcpee.internal.security.CurrentCaller;
import dev.mcpee.internal.security.McpSecurity;
import dev.mcpee.internal.session.SessionRegistry;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The MCP endpoint as a plain servlet at {@code /mcp} under the WAR's context root: it only translates between
 * the servlet API and {@link StreamableHttp}, which decides every status, header and stream. A servlet and not
 * a JAX-RS resource because JAX-RS cost more per call than everything else mcp-ee does (the benchmark's
 * JAX-RS ceiling); the body is read and the answer written as bytes either way. A reply that is ready when
 * {@code StreamableHttp} returns (everything but an asynchronous tool still running) is written on the
 * request's thread; otherwise the request goes asynchronous until the tool completes.
 *
 * <p>To serve the endpoint elsewhere, map the servlet {@value #NAME} in {@code web.xml}; the mapping replaces
 * {@code /mcp/*}.
 */
@WebServlet(name = McpServlet.NAME, urlPatterns = "/mcp/*", loadOnStartup = 1, asyncSupported = true)
public class McpServlet extends HttpServlet {

    /** The servlet's name, for a {@code web.xml} mapping. */
    public static final String NAME = "mcp-ee";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(McpServlet.class.getName());
    private static final String ALLOW = "GET, POST, DELETE";

    @Inject
    transient Deployment deployment;

    @Inject
    transient CurrentCaller currentCaller;

    @Inject
    transient SessionRegistry registry;

    private transient StreamableHttp http;
    private transient Observers observers;
    private transient long asyncTimeoutMillis;

    @Override
    public void init() {
        McpSecurity security = deployment.security();
        String metadataUrl = security.metadata() == null ? null
                : security.metadataUrl(getServletContext().getContextPath());
        // CurrentCaller is request scoped: the injected proxy sets the caller of the request in progress.
        observers = deployment.observers();
        http = new StreamableHttp(deployment, registry.store(), registry.listeners(), metadataUrl,
                currentCaller::set);
        String path = getServletContext().getContextPath() + getServletContext()
                .getServletRegistration(getServletName()).getMappings().stream().findFirst().orElse("/mcp/*")
                .replace("/*", "");
        LOG.info(DeploymentSummary.of(deployment, path));
        // The tool timeout answers first; the container's own async timeout must not.
        asyncTimeoutMillis = deployment.config().toolTimeout().toMillis() + 10_000;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            switch (request.getMethod()) {
                case "POST" -> post(request, response);
                case "GET" -> stream(response, http.get(name -> header(request, name)));
                case "DELETE" -> write(response, http.delete(name -> header(request, name)));
                default -> write(response, HttpReply.error(405, JsonValue.NULL, JsonRpcError.INVALID_REQUEST,
                        "Method Not Allowed").with("Allow", ALLOW));
            }
        } catch (IOException e) {
            throw e; // the client is gone: nothing to answer
        } catch (RuntimeException e) {
            failed(response, e);
        }
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CompletableFuture<HttpReply> reply = http.post(name -> header(request, name), request.getInputStream())
                .toCompletableFuture();
        if (reply.isDone()) {
            stream(response, reply.join());
            return;
        }
        // An asynchronous tool: the request thread goes back to the pool until the tool completes.
        AsyncContext async = request.startAsync();
        async.setTimeout(asyncTimeoutMillis);
        async.addListener(new TimeoutAnswer());
        reply.whenComplete((r, error) -> {
            HttpServletResponse asyncResponse = (HttpServletResponse) async.getResponse();
            try {
                if (error == null) {
                    stream(asyncResponse, r);
                } else {
                    failed(asyncResponse, error);
                }
            } catch (IOException | RuntimeException gone) {
                LOG.log(Level.FINE, "mcp-ee: the client left before an asynchronous answer", gone);
            } finally {
                async.complete();
            }
        });
    }

    /** A header's values, comma-joined when it comes more than once (RFC 9110 section 5.3). */
    private static String header(HttpServletRequest request, String name) {
        Enumeration<String> values = request.getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return null;
        }
        String first = values.nextElement();
        if (!values.hasMoreElements()) {
            return first;
        }
        StringBuilder all = new StringBuilder(first);
        while (values.hasMoreElements()) {
            all.append(',').append(values.nextElement());
        }
        return all.toString();
    }

    /** Writes a reply that may be an event stream, counted as open while it is written (the streams gauge). */
    private void stream(HttpServletResponse response, HttpReply reply) throws IOException {
        if (reply.stream() == null) {
            write(response, reply);
            return;
        }
        observers.streamOpened();
        try {
            write(response, reply);
        } finally {
            observers.streamClosed();
        }
    }

    /** Writes a reply: status, headers, then the bytes, or the event stream on this thread until it ends. */
    private static void write(HttpServletResponse response, HttpReply reply) throws IOException {
        response.setStatus(reply.status());
        reply.headers().forEach(response::setHeader);
        if (reply.contentType() != null) {
            response.setContentType(reply.contentType());
        }
        if (reply.body() != null) {
            response.setContentLength(reply.body().length);
            response.getOutputStream().write(reply.body());
        } else if (reply.stream() != null) {
            OutputStream out = response.getOutputStream();
            reply.stream().write(out);
        }
    }

    /** Keeps container error pages and stack traces away from clients: a short error with a log reference. */
    private static void failed(HttpServletResponse response, Throwable t) throws IOException {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "MCP endpoint failure (reference " + reference + ")", t);
        if (!response.isCommitted()) {
            response.reset();
            write(response, HttpReply.error(500, JsonValue.NULL, JsonRpcError.INTERNAL_ERROR,
                    "Internal error (reference " + reference + ")"));
        }
    }

    /** The container's async timeout, should it ever come before the tool timeout's answer. */
    private static final class TimeoutAnswer implements AsyncListener {
        @Override
        public void onTimeout(AsyncEvent event) throws IOException {
            HttpServletResponse response = (HttpServletResponse) event.getAsyncContext().getResponse();
            if (!response.isCommitted()) {
                write(response, HttpReply.error(503, JsonValue.NULL, JsonRpcError.INTERNAL_ERROR,
                        "The call took too long"));
            }
            event.getAsyncContext().complete();
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
