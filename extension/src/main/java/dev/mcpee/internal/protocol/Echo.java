package dev.mcpee.internal.protocol;

/**
 * A value the client sent, quoted back in an error message: cut to a name's legal length (128), or a URI's 256,
 * so that a huge value does not come back in full.
 */
final class Echo {

    private Echo() {
    }

    /**
     * A name (tool, prompt, method), at most 128 characters.
     *
     * @param name what the client sent
     * @return the name, cut with "..." when longer
     */
    static String name(String name) {
        return cut(name, 128);
    }

    /**
     * A URI, at most 256 characters.
     *
     * @param uri what the client sent
     * @return the URI, cut with "..." when longer
     */
    static String uri(String uri) {
        return cut(uri, 256);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
