package dev.mcpee.internal.security;

import java.util.Optional;
import java.util.Set;

import dev.mcpee.api.Caller;
import jakarta.enterprise.context.RequestScoped;

/**
 * The {@link Caller} of the request in progress, which tools inject. The endpoint sets it once the token is
 * verified; outside an MCP request it is the anonymous caller.
 */
@RequestScoped
public class CurrentCaller implements Caller {

    private TokenCaller caller = TokenCaller.ANONYMOUS;

    /**
     * Sets the caller of this request.
     *
     * @param caller the verified caller
     */
    public void set(TokenCaller caller) {
        this.caller = caller;
    }

    @Override
    public boolean authenticated() {
        return caller.authenticated();
    }

    @Override
    public String issuer() {
        return caller.issuer();
    }

    @Override
    public String subject() {
        return caller.subject();
    }

    @Override
    public Set<String> scopes() {
        return caller.scopes();
    }

    @Override
    public Set<String> roles() {
        return caller.roles();
    }

    @Override
    public Optional<String> claim(String name) {
        return caller.claim(name);
    }
}
