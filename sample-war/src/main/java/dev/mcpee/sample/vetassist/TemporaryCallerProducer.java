package dev.mcpee.sample.vetassist;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mcpee.api.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * TEMPORARY, for local verification only, until the extension produces {@link Caller}: a fixed caller from
 * the header {@code X-Temporary-Caller}, else the system property {@code vetassist.temporary.caller}, else
 * clinic staff. Format {@code subject;role,role;scope scope}. Must be deleted before merging.
 */
@ApplicationScoped
public class TemporaryCallerProducer {

    @Inject
    HttpServletRequest request;

    @Produces
    @RequestScoped
    Caller caller() {
        String spec = null;
        try {
            spec = request.getHeader("X-Temporary-Caller");
        } catch (RuntimeException e) {
            // no request
        }
        if (spec == null) {
            spec = System.getProperty("vetassist.temporary.caller",
                    "staff;vet_staff;pet-profile:read pet-profile:write");
        }
        String[] parts = (spec + ";;").split(";", -1);
        String subject = parts[0];
        Set<String> roles = Arrays.stream(parts[1].split(",")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
        Set<String> scopes = Arrays.stream(parts[2].split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
        Map<String, String> claims = Map.of("preferred_username", subject, "name", "Test " + subject,
                "email", subject + "@example.test");
        return new Caller() {
            @Override
            public boolean authenticated() {
                return true;
            }

            @Override
            public String issuer() {
                return "urn:temporary";
            }

            @Override
            public String subject() {
                return subject;
            }

            @Override
            public Set<String> scopes() {
                return scopes;
            }

            @Override
            public Set<String> roles() {
                return roles;
            }

            @Override
            public Optional<String> claim(String name) {
                return Optional.ofNullable(claims.get(name));
            }
        };
    }
}
