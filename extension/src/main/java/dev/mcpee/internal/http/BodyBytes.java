package dev.mcpee.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a request body into memory, at most the configured size, so an oversized POST costs at most that much
 * memory (and the endpoint answers 413 rather than a parse error). Sized by {@code Content-Length} when the
 * client sent one, so a body is usually read into one array of its own size.
 */
final class BodyBytes {

    private static final int UNKNOWN_LENGTH = 1024;

    private BodyBytes() {
    }

    /**
     * Reads the body.
     *
     * @param in            the body
     * @param contentLength the {@code Content-Length} header, or null
     * @param limit         the most bytes accepted
     * @return the bytes, or null when there were more than {@code limit}
     * @throws IOException when the client went away
     */
    static byte[] read(InputStream in, String contentLength, int limit) throws IOException {
        // One byte more than expected: the read that finds the end needs room to return -1 into.
        byte[] buffer = new byte[Math.min(limit, expected(contentLength)) + 1];
        int n = 0;
        while (true) {
            if (n == buffer.length) {
                if (n > limit) {
                    return null;
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min((long) limit + 1, 2L * n));
            }
            int read = in.read(buffer, n, buffer.length - n);
            if (read < 0) {
                return n == buffer.length ? buffer : Arrays.copyOf(buffer, n);
            }
            n += read;
        }
    }

    private static int expected(String contentLength) {
        if (contentLength != null) {
            try {
                long declared = Long.parseLong(contentLength.strip());
                if (declared >= 0 && declared < Integer.MAX_VALUE) {
                    return (int) declared;
                }
            } catch (NumberFormatException e) {
                // not a length: read as much as comes, up to the limit
            }
        }
        return UNKNOWN_LENGTH;
    }
}
