package dev.mcpee.internal.protocol;

import dev.mcpee.internal.session.Session;

/**
 * What a request handler knows about the call besides its params: the session it belongs to. Caller
 * identity joins it with the authorization layer.
 *
 * @param session the session
 */
public record CallContext(Session session) {
}
