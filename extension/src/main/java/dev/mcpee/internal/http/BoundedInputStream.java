package dev.mcpee.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading a request body past the configured size, so an oversized POST costs at most that much
 * memory; {@link #exceeded()} tells the endpoint to answer 413 rather than a parse error.
 */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            account(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
            account(n);
        }
        return n;
    }

    private void account(int n) throws IOException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new IOException("request body larger than " + limit + " bytes");
        }
    }
}
