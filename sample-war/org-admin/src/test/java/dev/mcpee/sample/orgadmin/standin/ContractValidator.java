package dev.mcpee.sample.orgadmin.standin;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every request to the stand-in, and every answer of its own, against WSO2's published OpenAPI documents
 * (and {@code scim2-users.yaml}, written for the stand-in from RFC 7644), so that the stand-in can neither accept
 * what the organization would refuse nor answer what it never would. The documents are parsed once per JVM:
 * {@code applications.yaml} alone takes a second or so.
 */
final class ContractValidator {

    /** One document and the paths (under the organization's base) it describes. */
    private record Document(String pathPrefix, OpenApiInteractionValidator validator) {
    }

    /**
     * Where WSO2's server answers a status its own document does not declare, the answer is checked as if it had
     * the documented one: WSO2 answers 201 to {@code POST /api-resources} (documented: 200) and 200 to
     * {@code POST /applications/{id}/authorized-apis} (documented: 201).
     */
    private static final Map<String, int[]> DOCUMENTED_STATUS = Map.of(
            "POST /api/server/v1/api-resources", new int[] {201, 200},
            "POST /api/server/v1/applications/*/authorized-apis", new int[] {200, 201});

    /**
     * WSO2's document names the list of {@code GET /api-resources} {@code APIResources}; its server (and every
     * client) says {@code apiResources}. The answer is checked with the documented name, its items included.
     */
    private static final String API_RESOURCE_LIST = "GET /api/server/v1/api-resources";

    /**
     * Kinds of finding not held against an error answer: the documents leave out error statuses their servers do
     * answer (GET /claim-dialects/local/claims has no 403, GET /api-resources/{id} no 404), and declare 401 and
     * 403 without the error body WSO2's server sends with a 403.
     */
    private static final Set<String> LENIENT_FOR_ERRORS = Set.of("validation.response.status.unknown",
            "validation.response.body.unexpected");

    private static List<Document> documents;

    private final String basePath;

    /** @param basePath the organization's path prefix, e.g. {@code /t/standin} */
    ContractValidator(String basePath) {
        this.basePath = basePath;
        synchronized (ContractValidator.class) {
            if (documents == null) {
                documents = load(basePath);
            }
        }
    }

    private static List<Document> load(String basePath) {
        String api = basePath + "/api/server/v1";
        return List.of(document("/api/server/v1/applications", "applications.yaml", api),
                document("/api/server/v1/api-resources", "api-resources.yaml", api),
                document("/api/server/v1/authenticators", "authenticators.yaml", api),
                document("/api/server/v1/identity-providers", "identity-providers.yaml", api),
                // Swagger 2.0: the validator converts it (swagger-parser-v2-converter is on its classpath).
                document("/api/server/v1/claim-dialects", "claim-management.yaml", api),
                document("/api/server/v1/oidc/scopes", "oidc-scopes.yaml", api),
                document("/scim2", "scim2-users.yaml", basePath + "/scim2"));
    }

    private static Document document(String prefix, String file, String basePathOverride) {
        String spec;
        try (InputStream in = ContractValidator.class.getResourceAsStream("/management-api/" + file)) {
            if (in == null) {
                throw new IllegalStateException("management-api/" + file + " is not on the classpath");
            }
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The stand-in checks tokens and scopes itself; the documents' securitySchemes would only repeat it,
        // and the documents' OAuth2/BasicAuth alternatives know nothing of the stand-in's tokens.
        LevelResolver levels = LevelResolver.create()
                .withLevel("validation.request.security", ValidationReport.Level.IGNORE).build();
        return new Document(prefix, OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .withBasePathOverride(basePathOverride).withLevelResolver(levels).build());
    }

    /** What is wrong with a request, or null when nothing is. */
    String checkRequest(StandInRequest request) {
        Document document = documentFor(request.path());
        if (document == null) {
            return "No OpenAPI document describes " + request.method() + " " + request.path();
        }
        return text(document.validator().validateRequest(simple(request)));
    }

    /** What is wrong with an answer of the stand-in, or null when nothing is. */
    String checkResponse(StandInRequest request, StandInResponse response) {
        Document document = documentFor(request.path());
        if (document == null) {
            return null; // the request was reported already
        }
        int status = response.status();
        String operation = request.method() + " " + request.path().replaceAll("/applications/[^/]+/", "/applications/*/");
        int[] documented = DOCUMENTED_STATUS.get(operation);
        if (documented != null && documented[0] == status) {
            status = documented[1];
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
        response.headers().forEach(answer::withHeader);
        if (response.contentType() != null) {
            answer.withContentType(response.contentType());
        }
        if (!response.body().isEmpty()) {
            answer.withBody(operation.equals(API_RESOURCE_LIST) && status == 200
                    ? response.body().replaceFirst("\"apiResources\":", "\"APIResources\":") : response.body());
        }
        ValidationReport report = document.validator().validateResponse(request.fullPath(),
                Request.Method.valueOf(request.method()), answer.build());
        if (status >= 400) {
            report = ValidationReport.from(report.getMessages().stream()
                    .filter(m -> !LENIENT_FOR_ERRORS.contains(m.getKey())).toList());
        }
        return text(report);
    }

    private Document documentFor(String path) {
        return documents.stream().filter(d -> path.equals(d.pathPrefix()) || path.startsWith(d.pathPrefix() + "/"))
                .findFirst().orElse(null);
    }

    private SimpleRequest simple(StandInRequest request) {
        SimpleRequest.Builder simple = new SimpleRequest.Builder(request.method(), request.fullPath());
        request.query().forEach(simple::withQueryParam);
        request.headers().forEach(simple::withHeader);
        if (!request.body().isEmpty()) {
            simple.withBody(request.body());
        }
        return simple.build();
    }

    private static String text(ValidationReport report) {
        if (!report.hasErrors()) {
            return null;
        }
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ContractValidator::line).collect(Collectors.joining("\n"));
    }

    private static String line(ValidationReport.Message message) {
        String nested = message.getNestedMessages().stream().map(n -> "\n  " + n.getKey() + ": " + n.getMessage())
                .collect(Collectors.joining());
        return message.getKey() + ": " + message.getMessage()
                + (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo()) + nested;
    }
}
