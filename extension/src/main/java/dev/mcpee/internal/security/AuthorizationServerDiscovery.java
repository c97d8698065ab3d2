package dev.mcpee.internal.security;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

/**
 * Finds an authorization server's JWKS location from its issuer: OpenID Connect discovery
 * ({@code {issuer}/.well-known/openid-configuration}), then RFC 8414 with the well-known segment inserted
 * after the host ({@code https://host/.well-known/oauth-authorization-server/path}), then, for an issuer with a
 * path, OpenID Connect discovery inserted the same way ({@code https://host/.well-known/openid-configuration/path}).
 * The metadata's {@code issuer} must equal the configured one (RFC 8414 §3.3).
 */
final class AuthorizationServerDiscovery {

    private final HttpJson http;

    AuthorizationServerDiscovery(HttpJson http) {
        this.http = http;
    }

    /**
     * The candidate metadata URLs, in the order tried.
     *
     * @param issuer the issuer
     * @return the URLs
     */
    static List<URI> candidates(String issuer) {
        URI base = URI.create(issuer);
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String origin = base.getScheme() + "://" + base.getRawAuthority();
        List<URI> out = new ArrayList<>();
        out.add(URI.create(origin + trimmed + "/.well-known/openid-configuration"));
        out.add(URI.create(origin + "/.well-known/oauth-authorization-server" + trimmed));
        if (!trimmed.isEmpty()) {
            out.add(URI.create(origin + "/.well-known/openid-configuration" + trimmed));
        }
        return out;
    }

    /**
     * Discovers the JWKS URL.
     *
     * @param issuer the configured issuer
     * @return the JWKS URL
     * @throws IOException naming every URL tried and what each answered
     */
    URI jwksUri(String issuer) throws IOException {
        List<String> tried = new ArrayList<>();
        for (URI candidate : candidates(issuer)) {
            JsonObject metadata;
            try {
                metadata = http.get(candidate);
            } catch (IOException | IllegalArgumentException e) {
                tried.add(candidate + " (" + (e.getMessage() != null ? e.getMessage()
                        : e instanceof java.net.ConnectException ? "connection refused" : e.getClass().getSimpleName())
                        + ")");
                continue;
            }
            String advertised = metadata.getString("issuer", null);
            if (!issuer.equals(advertised)) {
                tried.add(candidate + " (its issuer is " + advertised + ", not " + issuer + ")");
                continue;
            }
            String jwks = metadata.getString("jwks_uri", null);
            if (jwks == null) {
                tried.add(candidate + " (no jwks_uri)");
                continue;
            }
            return URI.create(jwks);
        }
        throw new IOException("no authorization server metadata found; tried " + String.join(", ", tried));
    }

}
