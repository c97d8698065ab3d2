package dev.mcpee.internal.session;

/**
 * The shared session store did not answer (its cluster is unreachable): new sessions are refused with 503 and
 * {@code Retry-After}, and a request naming a session cannot be served now; requests without a session
 * (2026-07-28) are not affected.
 */
public final class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * The store failed.
     *
     * @param cause what the store reported
     */
    public StoreUnavailableException(Throwable cause) {
        super("the shared session store did not answer", cause);
    }
}
