package dev.mcpee.internal.protocol;

import java.util.List;

/** The MCP revisions this server speaks, newest first. */
public final class ProtocolVersions {

    /** The newest session revision, offered when an {@code initialize} asks for one we do not speak. */
    public static final String LATEST = "2025-11-25";

    /** The revisions {@code initialize} can negotiate (sessions), newest first. */
    public static final List<String> SUPPORTED = List.of(LATEST, "2025-06-18");

    /** The stateless revision: every request carries its own revision and capabilities in {@code _meta}. */
    public static final String STATELESS = "2026-07-28";

    /** Every revision the endpoint serves, newest first: what {@code server/discover} and -32022 name. */
    public static final List<String> ALL = List.of(STATELESS, LATEST, "2025-06-18");

    /**
     * Revisions accepted in the {@code MCP-Protocol-Version} header of requests after {@code initialize}: the
     * supported ones and the earlier ones clients still send (the official SDK and conformance suite send
     * 2025-03-26 on some requests); an unknown value is still refused with 400.
     */
    public static final List<String> ACCEPTED_IN_HEADER = List.of(LATEST, "2025-06-18", "2025-03-26", "2024-11-05");

    private ProtocolVersions() {
    }

    /**
     * Whether a revision is served without sessions.
     *
     * @param version the revision of a request
     * @return true for 2026-07-28
     */
    public static boolean stateless(String version) {
        return STATELESS.equals(version);
    }

    /**
     * Whether a revision is supported.
     *
     * @param version the revision
     * @return true when supported
     */
    public static boolean supports(String version) {
        return SUPPORTED.contains(version);
    }

    /**
     * Whether a request's {@code MCP-Protocol-Version} header is acceptable.
     *
     * @param version the header value
     * @return true when known
     */
    public static boolean acceptsHeader(String version) {
        return ACCEPTED_IN_HEADER.contains(version);
    }

    /**
     * The revision to answer {@code initialize} with: the client's if supported, else the latest.
     *
     * @param requested what the client asked for
     * @return the revision
     */
    public static String negotiate(String requested) {
        return supports(requested) ? requested : LATEST;
    }
}
