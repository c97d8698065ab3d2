package dev.mcpee.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.mcpee.internal.cdi.WeldDeployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test sources are compiled with -parameters, so this one compiles its bean without, at run time. */
class MissingParameterNamesTest {

    private static final String SOURCE = """
            package nonames;
            @jakarta.enterprise.context.ApplicationScoped
            public class Tools {
                @dev.mcpee.api.McpTool
                public String greet(String who, @dev.mcpee.api.McpArg(name = "punctuation") String p) {
                    return who + p;
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void asksForParametersFlagOrExplicitName() throws Exception {
        Class<?> tools = compileWithoutParameterNames();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        List<String> problems;
        try {
            Thread.currentThread().setContextClassLoader(tools.getClassLoader());
            problems = WeldDeployment.problems(tools);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        assertEquals(List.of("MCPEE004: The name of parameter 1 of @McpTool method nonames.Tools#greet(String,"
                + " String) is unknown because the class was compiled without -parameters. Fix: compile with"
                + " -parameters (maven-compiler-plugin <parameters>true</parameters>) or set @McpArg(name = ...)."),
                problems, "parameter 2 has an explicit name and is fine");
    }

    private Class<?> compileWithoutParameterNames() throws IOException, ClassNotFoundException {
        Path src = dir.resolve("nonames/Tools.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString());
        assertEquals(0, rc, "javac");
        assertTrue(Files.exists(dir.resolve("nonames/Tools.class")));
        URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        return loader.loadClass("nonames.Tools");
    }
}
