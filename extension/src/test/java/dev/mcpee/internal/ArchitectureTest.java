package dev.mcpee.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependency rules for the extension's main classes (test classes are not imported). A rule that
 * matches no classes fails (ArchUnit's default, kept on purpose), so none of these can pass by
 * checking nothing.
 */
@AnalyzeClasses(packages = "dev.mcpee", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The internal packages form layers: each can be understood, tested and changed after the ones
     * it uses and without the ones that use it. A cycle between two of them (however long) makes
     * them one tangled unit in which no part can be tested or replaced alone.
     */
    @ArchTest
    static final ArchRule internalPackagesAreFreeOfCycles =
            slices().matching("dev.mcpee.internal.(*)..")
                    .should().beFreeOfCycles();

    /**
     * {@code dev.mcpee.api} is what applications compile against; {@code dev.mcpee.internal} may
     * change in any release. An api type that mentions an internal one would leak it into user
     * code and freeze it.
     */
    @ArchTest
    static final ArchRule apiDoesNotDependOnInternal =
            noClasses().that().resideInAPackage("dev.mcpee.api..")
                    .should().dependOnClassesThat().resideInAPackage("dev.mcpee.internal..");

    /**
     * The MCP core handles one request given its context, whoever supplies it: a 2025 session through
     * {@code http}, or a stateless 2026-07-28 request. It must not reach for sessions, HTTP or the web
     * framework, or the next revision becomes a rewrite instead of an addition.
     */
    @ArchTest
    static final ArchRule protocolKnowsNeitherSessionsNorHttp =
            noClasses().that().resideInAPackage("dev.mcpee.internal.protocol..")
                    .should().dependOnClassesThat().resideInAnyPackage("dev.mcpee.internal.session..",
                            "dev.mcpee.internal.http..", "dev.mcpee.internal.transport..", "jakarta.servlet..");

    /**
     * The servlet API is confined to the transport: everything below it (Streamable HTTP semantics, protocol,
     * sessions, invocation, security decisions) works on plain values, so it can be tested without a web
     * container and the container API can change without touching it.
     */
    @ArchTest
    static final ArchRule onlyTransportUsesTheServletApi =
            noClasses().that().resideOutsideOfPackage("dev.mcpee.internal.transport..")
                    .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..");

    /**
     * No JAX-RS: the endpoints are servlets, because the container's JAX-RS cost more per call than all of
     * mcp-ee's own work (see the README's Performance section); an application may use JAX-RS beside them.
     */
    @ArchTest
    static final ArchRule noJaxRs =
            noClasses().that().resideInAPackage("dev.mcpee..")
                    .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    /**
     * The CDI extension SPI (bean metadata, bean manager, creational contexts, container
     * lifecycle events) belongs to the portable extension in {@code dev.mcpee.internal.cdi}. The
     * rest of the code gets what it needs from there as plain objects, so it stays independent of
     * the container and testable without one.
     */
    @ArchTest
    static final ArchRule onlyCdiUsesCdiExtensionSpi =
            noClasses().that().resideOutsideOfPackage("dev.mcpee.internal.cdi..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "jakarta.enterprise.inject.spi..", "jakarta.enterprise.context.spi..");
}
