package dev.mcpee.internal.protocol;

import java.util.List;

/** The MCP revisions this server speaks, newest first. */
public final class ProtocolVersions {

    /** The newest supported revision, offered when a client asks for one we do not speak. */
    public static final String LATEST = "2025-11-25";

    /** Every supported revision, newest first. */
    public static final List<String> SUPPORTED = List.of(LATEST, "2025-06-18");

    private ProtocolVersions() {
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
     * The revision to answer {@code initialize} with: the client's if supported, else the latest.
     *
     * @param requested what the client asked for
     * @return the revision
     */
    public static String negotiate(String requested) {
        return supports(requested) ? requested : LATEST;
    }
}
