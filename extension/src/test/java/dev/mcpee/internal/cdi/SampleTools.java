package dev.mcpee.internal.cdi;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import dev.mcpee.api.Content;
import dev.mcpee.api.EmbeddedResource;
import dev.mcpee.api.ImageContent;
import dev.mcpee.api.McpArg;
import dev.mcpee.api.McpTool;
import dev.mcpee.api.RequiresScope;
import dev.mcpee.api.TextContent;
import dev.mcpee.api.ToolException;
import dev.mcpee.api.ToolResult;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;

/** Tools used by the container tests. */
public final class SampleTools {

    private SampleTools() {
    }

    /** An output type. */
    public record Pet(String name, int age) {
    }

    /** Tools on an application-scoped bean with a class-level scope requirement. */
    @ApplicationScoped
    @RequiresScope("read")
    public static class Calculator {

        @McpTool(description = "Adds two numbers", readOnlyHint = true)
        public int add(int a, @McpArg(defaultValue = "1") int b) {
            return a + b;
        }

        @McpTool
        public Pet pet(@McpArg(description = "The name") String name) {
            return new Pet(name, 3);
        }

        @McpTool
        public List<String> names() {
            return List.of("a", "b");
        }

        @McpTool
        public void nothing() {
        }

        @McpTool
        public CompletionStage<String> later(String s) {
            return CompletableFuture.supplyAsync(() -> s.toUpperCase());
        }

        @McpTool
        public CompletionStage<String> laterFailing() {
            return CompletableFuture.failedFuture(new ToolException("not today"));
        }

        @McpTool
        public String refuse() {
            throw new ToolException("No pet with id 9; call list_pets first");
        }

        @McpTool
        public String boom() {
            throw new IllegalStateException("secret internals");
        }

        @McpTool
        public List<Content> media() {
            return List.of(new TextContent("hi"), ImageContent.of(new byte[] {1, 2, 3}, "image/png"),
                    EmbeddedResource.text("test://r", "text/plain", "body"));
        }

        @McpTool
        public ToolResult custom() {
            return new ToolResult(List.of(new TextContent("custom")), new Pet("Rex", 5), true);
        }

        @McpTool
        public String greet(Optional<String> who) {
            return "Hello " + who.orElse("world");
        }

        @McpTool
        @RolesAllowed("staff")
        @RequiresScope({"a", "b"})
        public String guarded() {
            return "";
        }

        @McpTool
        @PermitAll
        public String open() {
            return "";
        }

        @McpTool
        @DenyAll
        public String closed() {
            return "";
        }
    }

    /** A dependent bean: one instance per call, destroyed afterwards. */
    @Dependent
    @RolesAllowed({"pet_owner", "vet_staff"})
    public static class PerCall {
        /** Instances destroyed so far. */
        public static final AtomicInteger DESTROYED = new AtomicInteger();

        @McpTool(name = "per.call")
        public String perCall() {
            return "done";
        }

        @PreDestroy
        void destroyed() {
            DESTROYED.incrementAndGet();
        }
    }
}
