package dev.mcpee.sample.bench;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The ceiling ({@link CeilingExchange}) as a plain servlet at {@code /ceiling}: the body read raw, the answer
 * written as bytes, servlet async I/O only for an answer that is not ready when the exchange returns.
 */
@WebServlet(urlPatterns = "/ceiling", asyncSupported = true)
public class CeilingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CeilingExchange exchange;

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, exchange.delete(request::getHeader));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(CeilingExchange.MAX_BODY + 1);
        CompletableFuture<CeilingExchange.Reply> reply = exchange.post(request::getHeader, body).toCompletableFuture();
        if (reply.isDone()) {
            write(response, reply.join());
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(60_000);
        reply.whenComplete((r, failure) -> {
            try {
                write((HttpServletResponse) async.getResponse(), failure == null ? r : CeilingExchange.Reply.of(500));
            } catch (IOException e) {
                // the client left: nothing to answer
            } finally {
                async.complete();
            }
        });
    }

    private static void write(HttpServletResponse response, CeilingExchange.Reply reply) throws IOException {
        response.setStatus(reply.status());
        reply.headers().forEach(response::setHeader);
        if (reply.contentType() != null) {
            response.setContentType(reply.contentType());
        }
        if (reply.first() != null) {
            response.getOutputStream().write(reply.first());
            response.flushBuffer();
        } else {
            response.setContentLength(reply.body().length);
        }
        response.getOutputStream().write(reply.body());
    }
}
