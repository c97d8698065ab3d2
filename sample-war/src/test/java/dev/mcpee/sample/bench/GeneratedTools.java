package dev.mcpee.sample.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import dev.mcpee.sample.it.SampleWar;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A deployment of many tools: Java source for {@code count} {@code @McpTool} methods (100 per bean class),
 * compiled in this JVM with the JDK's compiler against the extension jar, in a WAR of the extension alone plus
 * the ceiling, which lists the same number of definitions.
 */
final class GeneratedTools {

    private static final String PACKAGE = "dev.mcpee.bench.generated";
    private static final int PER_CLASS = 100;

    private GeneratedTools() {
    }

    /**
     * The WAR.
     *
     * @param name   its name and context root
     * @param count  how many tools
     * @param config its MicroProfile Config (issuer, resource...)
     * @return the archive
     */
    static WebArchive war(String name, int count, String config) {
        // Pages of 10: the target is that a page of 1,000 tools costs what the list of 10 tools does.
        WebArchive war = SampleWar.extensionOnly(name, config + "bench.ceiling.listed=" + count
                        + "\nmcp.list.page-size=10\n",
                PerformanceBenchmarkIT.CEILING);
        war.addClass(CeilingListedTools.class);
        compile(count, true).forEach((binaryName, bytes) -> war.addAsWebInfResource(new ByteArrayAsset(bytes),
                "classes/" + binaryName.replace('.', '/') + ".class"));
        return war;
    }

    /**
     * The same WAR with the same methods on the same beans, none of them a tool: what deploying the beans costs
     * the container, without mcp-ee's work.
     *
     * @param name   its name and context root
     * @param count  how many methods
     * @param config its MicroProfile Config
     * @return the archive
     */
    static WebArchive plain(String name, int count, String config) {
        WebArchive war = SampleWar.extensionOnly(name, config);
        compile(count, false).forEach((binaryName, bytes) -> war.addAsWebInfResource(new ByteArrayAsset(bytes),
                "classes/" + binaryName.replace('.', '/') + ".class"));
        return war;
    }

    private static Map<String, byte[]> compile(int count, boolean tools) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (int first = 0; first < count; first += PER_CLASS) {
            String simple = "Tools" + first / PER_CLASS;
            StringBuilder src = new StringBuilder("package " + PACKAGE + ";\n\n@jakarta.enterprise.context"
                    + ".ApplicationScoped\npublic class " + simple + " {\n");
            for (int i = first; i < Math.min(count, first + PER_CLASS); i++) {
                String name = CeilingListedTools.name(i);
                if (tools) {
                    src.append("    @dev.mcpee.api.McpTool(name = \"").append(name).append("\", description = \"")
                            .append(CeilingListedTools.description(i)).append("\")\n");
                }
                src.append("    public String ").append(name).append("(String text, int count) {\n")
                        .append("        return text;\n    }\n");
            }
            sources.add(new Source(PACKAGE + "." + simple, src.append("}\n").toString()));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("the benchmark needs a JDK (javax.tools compiler) to generate tools");
        }
        Map<String, byte[]> classes = new HashMap<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        JavaFileManager inMemory = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return new ByteArrayOutputStream() {
                            @Override
                            public void close() {
                                classes.put(className, toByteArray());
                            }
                        };
                    }
                };
            }
        };
        List<String> options = List.of("-parameters", "--release", "17", "-proc:none", "-classpath",
                System.getProperty("java.class.path"));
        if (!compiler.getTask(null, inMemory, null, options, null, sources).call()) {
            throw new IllegalStateException("the generated tools did not compile");
        }
        return classes;
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension),
                    JavaFileObject.Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
