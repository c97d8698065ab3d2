package dev.mcpee.internal.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes URI templates: a template either compiles or is refused with {@link IllegalArgumentException} (a
 * deployment error naming it); a compiled template matches any URI without an exception (and in linear time:
 * Jazzer reports slow inputs), and what it matches binds each variable to a non-empty, percent-decoded value. The URI a client sends against the sample's
 * template is fuzzed too. Seeds: {@code UriTemplateFuzzTestInputs/matches}.
 */
class UriTemplateFuzzTest {

    private static final UriTemplate PET = UriTemplate.compile("vetassist://pets/{petId}/files/{file}");

    @FuzzTest
    void matches(FuzzedDataProvider data) {
        String uri = data.consumeString(300);
        check(PET, uri);
        String template = data.consumeRemainingAsString();
        UriTemplate compiled;
        try {
            compiled = UriTemplate.compile(template);
        } catch (IllegalArgumentException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank());
            return;
        }
        assertEquals(template, compiled.toString());
        check(compiled, uri);
        check(compiled, template);
    }

    private static void check(UriTemplate template, String uri) {
        Map<String, String> bound = template.match(uri);
        if (bound != null) {
            assertEquals(template.variables().size(), bound.size());
            // Values are percent-decoded, so a "%2F" in the URI is a '/' in the value; never empty.
            bound.values().forEach(v -> assertFalse(v.isEmpty()));
        }
    }
}
