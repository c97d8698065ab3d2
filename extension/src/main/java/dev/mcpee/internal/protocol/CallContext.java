package dev.mcpee.internal.protocol;

import dev.mcpee.api.Caller;
import dev.mcpee.internal.session.Session;

/**
 * What a request handler knows about the call besides its params.
 *
 * @param session the session
 * @param caller  the verified caller
 */
public record CallContext(Session session, Caller caller) {
}
